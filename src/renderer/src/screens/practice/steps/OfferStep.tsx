// The short pause's ending: one kind phrase (the person's own, if they wrote one), then the
// full self-compassion break offered — never pressed. Closing here is the natural end.
import { ContinueButton, Step } from './Step';

interface OfferStepProps {
  phrase: string;
  onClose: () => void;
  onFullBreak: () => void;
}

export function OfferStep({ phrase, onClose, onFullBreak }: OfferStepProps) {
  return (
    <Step
      id="offer"
      title="A kind word"
      actions={
        <>
          <ContinueButton onClick={onClose} label="Close" />
          <button type="button" className="button button-quiet" onClick={onFullBreak}>
            Go on to the self-compassion break
          </button>
        </>
      }
      footnote="The self-compassion break takes a few minutes more. Closing here is just as good."
    >
      <p className="practice-lead">If you like, say this to yourself, softly:</p>
      <p className="offer-phrase" data-testid="offer-phrase">
        {phrase}
      </p>
    </Step>
  );
}
