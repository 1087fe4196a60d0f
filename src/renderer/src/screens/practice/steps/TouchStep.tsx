import { useState } from 'react';
import { ContinueButton, SkipButton, Step } from './Step';

const GESTURES = [
  'A hand on your heart',
  'A hand on your cheek',
  'One hand holding the other',
  'No touch — just as you are',
] as const;

export function TouchStep({ eyebrow, onNext, footnote }: { eyebrow?: string; onNext: () => void; footnote: string }) {
  const [gesture, setGesture] = useState<string | null>(null);
  return (
    <Step
      id="touch"
      eyebrow={eyebrow}
      title="A soothing touch, if it feels okay"
      footnote={footnote}
      actions={
        <>
          <ContinueButton onClick={onNext} />
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">Some people find a gentle touch calming. Choose one, or none.</p>
      <fieldset className="options">
        <legend className="visually-hidden">A soothing touch</legend>
        {GESTURES.map((g) => (
          <label key={g} className="option">
            <input type="radio" name="touch" checked={gesture === g} onChange={() => setGesture(g)} />
            <span className="option-text">{g}</span>
          </label>
        ))}
      </fieldset>
    </Step>
  );
}
