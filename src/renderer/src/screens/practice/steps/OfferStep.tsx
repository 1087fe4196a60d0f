// The short pause's ending: one kind phrase (the person's own, if they wrote one), then the
// full self-compassion break offered — never pressed. Closing here is the natural end.
import { DEFAULT_PHRASES } from '../../../../../shared/settings';
import { ContinueButton, Step } from './Step';

/** The person's own kind phrase if they wrote one, else the one they chose first, else ours. */
export function kindPhrase(saved: readonly string[]): string {
  const defaults: readonly string[] = DEFAULT_PHRASES.kindness;
  const own = saved.find((p) => !defaults.includes(p));
  return own ?? saved[0] ?? (defaults[0] as string);
}

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
