import { useT } from '../../../app/i18n';
import { ContinueButton, Step } from './Step';

export function FarewellStep({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <Step
      id="farewell"
      title={t('practice.farewell.heading')}
      actions={<ContinueButton label={t('practice.farewell.close')} onClick={onClose} />}
    >
      <p className="practice-lead">{t('practice.farewell.lead')}</p>
    </Step>
  );
}
