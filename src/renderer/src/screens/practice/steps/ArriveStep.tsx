import { useState } from 'react';
import type { MessageId } from '../../../../../shared/i18n/translator';
import { CHECK_IN_IDS } from '../../../../../shared/vocabulary';
import { useT } from '../../../app/i18n';
import { ContinueButton, SkipButton, Step } from './Step';

/** Each check-in word's label (common area); history keeps the id, never the word. */
const CHECK_IN_LABELS: Record<(typeof CHECK_IN_IDS)[number], MessageId> = {
  tense: 'common.checkIn.tense',
  tired: 'common.checkIn.tired',
  anxious: 'common.checkIn.anxious',
  sad: 'common.checkIn.sad',
  numb: 'common.checkIn.numb',
  restless: 'common.checkIn.restless',
  okay: 'common.checkIn.okay',
};

export function ArriveStep({ onNext }: { onNext: (checkIn: string | null) => void }) {
  const { t } = useT();
  const [word, setWord] = useState<string | null>(null);
  return (
    <Step
      id="arrive"
      title={t('practice.arrive.heading')}
      actions={
        <>
          <ContinueButton onClick={() => onNext(word)} />
          <SkipButton onSkip={() => onNext(null)} />
        </>
      }
    >
      <p className="practice-lead" data-testid="eyes-open">
        {t('practice.arrive.lead')}
      </p>
      <fieldset className="checkin" aria-describedby="checkin-hint">
        <legend className="checkin-label">{t('practice.arrive.question')}</legend>
        <p id="checkin-hint" className="checkin-hint">
          {t('practice.arrive.hint')}
        </p>
        <div className="chips">
          {CHECK_IN_IDS.map((w) => (
            <button
              key={w}
              type="button"
              className="chip"
              aria-pressed={word === w}
              onClick={() => setWord((current) => (current === w ? null : w))}
            >
              {t(CHECK_IN_LABELS[w])}
            </button>
          ))}
        </div>
      </fieldset>
    </Step>
  );
}
