import { useState } from 'react';
import type { MessageId } from '../../../../../shared/i18n/translator';
import { useT } from '../../../app/i18n';
import { ContinueButton, SkipButton, Step } from './Step';

const GESTURES: readonly MessageId[] = [
  'practice.touch.heart',
  'practice.touch.cheek',
  'practice.touch.hold',
  'practice.touch.none',
];

export function TouchStep({ eyebrow, onNext, footnote }: { eyebrow?: string; onNext: () => void; footnote: string }) {
  const { t } = useT();
  const [gesture, setGesture] = useState<MessageId | null>(null);
  return (
    <Step
      id="touch"
      eyebrow={eyebrow}
      title={t('practice.touch.heading')}
      footnote={footnote}
      actions={
        <>
          <ContinueButton onClick={onNext} />
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">{t('practice.touch.lead')}</p>
      <fieldset className="options">
        <legend className="visually-hidden">{t('practice.touch.legend')}</legend>
        {GESTURES.map((g) => (
          <label key={g} className="option">
            <input type="radio" name="touch" checked={gesture === g} onChange={() => setGesture(g)} />
            <span className="option-text">{t(g)}</span>
          </label>
        ))}
      </fieldset>
    </Step>
  );
}
