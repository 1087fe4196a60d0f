import { ContinueButton, SkipButton, Step } from './Step';

export function NoticeStep({ eyebrow, onNext, footnote }: { eyebrow?: string; onNext: () => void; footnote: string }) {
  return (
    <Step
      id="notice"
      eyebrow={eyebrow}
      title="Notice something hard"
      footnote={footnote}
      actions={
        <>
          <ContinueButton onClick={onNext} />
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">
        If you like, bring to mind something that is moderately hard right now — not the hardest thing.
      </p>
      <p className="practice-lead">
        Where do you feel it in your body? Perhaps your chest, throat, shoulders or stomach. Or nowhere in particular,
        which is fine too.
      </p>
    </Step>
  );
}
