// A step of the self-compassion break with words to offer oneself: a few phrases to pick from,
// or the person's own. What they pick goes to the front of their list in settings, so it is
// offered first next time; their own words are kept there too. A default phrase is shown in the
// current language and saved as its id; the person's own words are shown and saved as written.
import { useState } from 'react';
import {
  defaultPhraseLists,
  entryKey,
  MAX_PHRASE_LENGTH,
  MAX_PHRASES,
  type PhraseEntry,
  phraseText,
  sameEntry,
  uniqueEntries,
} from '../../../../../shared/phrases';
import type { Settings } from '../../../../../shared/settings';
import { useT } from '../../../app/i18n';
import { updateSettings } from '../../../app/use-main-state';
import { ContinueButton, SkipButton, Step } from './Step';

export type PhraseKind = keyof Settings['practice']['phrases'];

interface PhraseStepProps {
  id: string;
  kind: PhraseKind;
  eyebrow?: string;
  title: string;
  lead: string;
  phrases: readonly PhraseEntry[];
  footnote: string;
  onNext: () => void;
}

/** The list with `chosen` first, without duplicates, within the settings limits. */
export function withFirst(list: readonly PhraseEntry[], chosen: PhraseEntry): PhraseEntry[] {
  return [chosen, ...list.filter((p) => !sameEntry(p, chosen))].slice(0, MAX_PHRASES);
}

export function PhraseStep({ id, kind, eyebrow, title, lead, phrases: saved, footnote, onNext }: PhraseStepProps) {
  const { t } = useT();
  // Each phrase once, even if the saved list repeats one (or holds a default's words typed out).
  const phrases = uniqueEntries(saved.length > 0 ? saved : defaultPhraseLists()[kind]).filter(
    (p, i, all) => all.findIndex((q) => phraseText(q, t) === phraseText(p, t)) === i,
  );
  const [choice, setChoice] = useState<number | 'own'>(0);
  const [own, setOwn] = useState('');

  const next = () => {
    const chosen = choice === 'own' ? own.trim() : phrases[choice];
    if (chosen && (saved[0] === undefined || !sameEntry(chosen, saved[0]))) {
      void updateSettings({ practice: { phrases: { [kind]: withFirst(saved, chosen) } } }).catch((err: unknown) =>
        console.error('could not save phrase', err),
      );
    }
    onNext();
  };

  return (
    <Step
      id={id}
      eyebrow={eyebrow}
      title={title}
      footnote={footnote}
      actions={
        <>
          <ContinueButton onClick={next} />
          <SkipButton onSkip={onNext} />
        </>
      }
    >
      <p className="practice-lead">{lead}</p>
      <fieldset className="options">
        <legend className="visually-hidden">{t('phrases.step.legend')}</legend>
        {phrases.map((p, i) => (
          <label key={entryKey(p)} className="option">
            <input type="radio" name={`phrase-${kind}`} checked={choice === i} onChange={() => setChoice(i)} />
            <span className="option-text option-phrase" dir="auto">
              {phraseText(p, t)}
            </span>
          </label>
        ))}
        <div className="option option-own">
          <label className="option-own-radio">
            <input type="radio" name={`phrase-${kind}`} checked={choice === 'own'} onChange={() => setChoice('own')} />
            <span className="visually-hidden">{t('phrases.step.ownChoice')}</span>
          </label>
          <input
            className="text-input own-words"
            dir="auto"
            type="text"
            aria-label={t('phrases.step.ownLabel')}
            placeholder={t('phrases.step.ownPlaceholder')}
            maxLength={MAX_PHRASE_LENGTH}
            value={own}
            onChange={(e) => {
              setOwn(e.target.value);
              setChoice('own');
            }}
          />
        </div>
      </fieldset>
    </Step>
  );
}
