import { useT } from '../../../app/i18n';
import { ContinueButton, Step } from './Step';

/** The pause ended but the disk refused it for now: main keeps it and saves it when it can. */
export function UnsavedStep({ reason, onClose }: { reason: string | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <Step
      id="unsaved"
      title={t('practice.unsaved.heading')}
      actions={<ContinueButton label={t('practice.close')} onClick={onClose} />}
    >
      <p className="practice-lead">{reason ? t('practice.unsaved.bodyWhy', { reason }) : t('practice.unsaved.body')}</p>
    </Step>
  );
}
