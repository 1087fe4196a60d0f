// A step of the self-compassion break with words to offer oneself: a few phrases to pick from,
// or the person's own. What they pick goes to the front of their list in settings, so it is
// offered first next time; their own words are kept there too.
import { useState } from 'react';
import { DEFAULT_PHRASES, type Settings } from '../../../../../shared/settings';
import { updateSettings } from '../../../app/use-main-state';
import { ContinueButton, SkipButton, Step } from './Step';

export type PhraseKind = keyof Settings['practice']['phrases'];

const MAX_PHRASES = 20;
const MAX_PHRASE_LENGTH = 200;

interface PhraseStepProps {
  id: string;
  kind: PhraseKind;
  eyebrow?: string;
  title: string;
  lead: string;
  phrases: readonly string[];
  footnote: string;
  onNext: () => void;
}

/** The list with `chosen` first, without duplicates, within the settings limits. */
export function withFirst(list: readonly string[], chosen: string): string[] {
  return [chosen, ...list.filter((p) => p !== chosen)].slice(0, MAX_PHRASES);
}

export function PhraseStep({ id, kind, eyebrow, title, lead, phrases: saved, footnote, onNext }: PhraseStepProps) {
  // Each phrase once, even if the saved list repeats one.
  const phrases = [...new Set(saved.length > 0 ? saved : DEFAULT_PHRASES[kind])];
  const [choice, setChoice] = useState<number | 'own'>(0);
  const [own, setOwn] = useState('');

  const next = () => {
    const chosen = choice === 'own' ? own.trim() : phrases[choice];
    if (chosen && (saved.length === 0 || chosen !== saved[0])) {
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
        <legend className="visually-hidden">Words for this step</legend>
        {phrases.map((p, i) => (
          <label key={p} className="option">
            <input type="radio" name={`phrase-${kind}`} checked={choice === i} onChange={() => setChoice(i)} />
            <span className="option-text option-phrase" dir="auto">
              {p}
            </span>
          </label>
        ))}
        <div className="option option-own">
          <label className="option-own-radio">
            <input type="radio" name={`phrase-${kind}`} checked={choice === 'own'} onChange={() => setChoice('own')} />
            <span className="visually-hidden">In my own words</span>
          </label>
          <input
            className="text-input own-words"
            dir="auto"
            type="text"
            aria-label="Your own words"
            placeholder="In my own words…"
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
