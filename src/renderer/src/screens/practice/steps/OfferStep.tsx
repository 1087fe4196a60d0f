// The short pause's ending: one kind phrase (the person's own, if they wrote one), then the
// full self-compassion break offered — never pressed. Closing here is the natural end.
import { useT } from '../../../app/i18n';
import { ContinueButton, Step } from './Step';

interface OfferStepProps {
  phrase: string;
  onClose: () => void;
  onFullBreak: () => void;
}

export function OfferStep({ phrase, onClose, onFullBreak }: OfferStepProps) {
  const { t } = useT();
  return (
    <Step
      id="offer"
      title={t('practice.kindness.heading')}
      actions={
        <>
          <ContinueButton onClick={onClose} label={t('practice.close')} />
          <button type="button" className="button button-quiet" onClick={onFullBreak}>
            {t('practice.offer.more')}
          </button>
        </>
      }
      footnote={t('practice.offer.note')}
    >
      <p className="practice-lead">{t('practice.offer.lead')}</p>
      <p className="offer-phrase" data-testid="offer-phrase">
        {phrase}
      </p>
    </Step>
  );
}
