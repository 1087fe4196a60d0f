import { useT } from '../../../app/i18n';
import { ContinueButton, SkipButton, Step } from './Step';

export function NoticeStep({ eyebrow, onNext, footnote }: { eyebrow?: string; onNext: () => void; footnote: string }) {
  const { t } = useT();
  return (
    <Step
      id="notice"
      eyebrow={eyebrow}
      title={t('practice.notice.heading')}
      footnote={footnote}
      actions={
        <>
          <ContinueButton onClick={onNext} />
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">{t('practice.notice.lead')}</p>
      <p className="practice-lead">{t('practice.notice.body')}</p>
    </Step>
  );
}
