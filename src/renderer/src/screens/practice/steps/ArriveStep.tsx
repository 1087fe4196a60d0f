import { useState } from 'react';
import { CHECK_IN_WORDS } from '../../../../../shared/history';
import { ContinueButton, EYES_OPEN_LINE, SkipButton, Step } from './Step';

export function ArriveStep({ onNext }: { onNext: (checkIn: string | null) => void }) {
  const [word, setWord] = useState<string | null>(null);
  return (
    <Step
      id="arrive"
      title="Take a moment to arrive"
      actions={
        <>
          <ContinueButton onClick={() => onNext(word)} />
          <SkipButton onSkip={() => onNext(null)} />
        </>
      }
    >
      <p className="practice-lead" data-testid="eyes-open">
        There is nothing to get right here. {EYES_OPEN_LINE}
      </p>
      <fieldset className="checkin" aria-describedby="checkin-hint">
        <legend className="checkin-label">What’s here right now?</legend>
        <p id="checkin-hint" className="checkin-hint">
          If you like, choose a word. Or leave it.
        </p>
        <div className="chips">
          {CHECK_IN_WORDS.map((w) => (
            <button
              key={w}
              type="button"
              className="chip"
              aria-pressed={word === w}
              onClick={() => setWord((current) => (current === w ? null : w))}
            >
              {w}
            </button>
          ))}
        </div>
      </fieldset>
    </Step>
  );
}
