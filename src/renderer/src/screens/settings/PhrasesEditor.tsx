// The person's own words for the self-compassion break: add, edit, remove, reorder, and restore
// the usual phrases (with an undo, so nothing they wrote is lost by one click).
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_PHRASES, type Settings } from '../../../../shared/settings';
import { FieldError, save } from './fields';
import { useSettle } from './use-settle';

type Phrases = Settings['practice']['phrases'];
type Kind = keyof Phrases;

const GROUPS: { kind: Kind; title: string; hint: string }[] = [
  { kind: 'naming', title: 'Naming what’s hard', hint: 'Like “This hurts.”' },
  { kind: 'common', title: 'Remembering others', hint: 'Like “I’m not the only one who feels this.”' },
  { kind: 'kindness', title: 'A kind word', hint: 'Like “May I be gentle with myself.”' },
];

const MAX_PHRASES = 20;
const MAX_LENGTH = 200;
const EDIT_SETTLE_MS = 600;

function phraseProblem(text: string): string | null {
  if (text.trim() === '') return 'A phrase can’t be empty. If you’d rather not have it, remove it.';
  if (text.length > MAX_LENGTH) return `A phrase can be up to ${MAX_LENGTH} characters; this one has ${text.length}.`;
  return null;
}

function PhraseList({ kind, title, hint, phrases }: { kind: Kind; title: string; hint: string; phrases: string[] }) {
  const id = useId();
  const [drafts, setDrafts] = useState(phrases);
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ index: number; control: 'up' | 'down' | 'text' } | null>(null);
  const editing = useRef(false);
  const settle = useSettle(EDIT_SETTLE_MS);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);

  const incoming = JSON.stringify(phrases);
  useEffect(() => {
    if (!editing.current) setDrafts(JSON.parse(incoming) as string[]);
  }, [incoming]);

  // After a move or removal, focus stays with the phrase (or its neighbour).
  useEffect(() => {
    if (!focus) return;
    const item = listRef.current?.children[focus.index];
    const want = item?.querySelector<HTMLElement>(`[data-control="${focus.control}"]`);
    const fallback = item?.querySelector<HTMLElement>(
      `[data-control="${focus.control === 'up' ? 'down' : 'up'}"]:not(:disabled)`,
    );
    (want && !(want as HTMLButtonElement).disabled ? want : (fallback ?? item?.querySelector('input')))?.focus();
    setFocus(null);
  }, [focus]);

  const store = async (next: string[]) => {
    const problem = await save({ practice: { phrases: { [kind]: next } } });
    setAddError(problem);
    return problem === null;
  };

  const flushEdit = (next: string[]) => {
    settle.cancel();
    const problems = next.map(phraseProblem);
    setErrors(problems);
    if (problems.every((p) => p === null) && JSON.stringify(next) !== JSON.stringify(phrases)) void store(next);
  };

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= drafts.length) return;
    const next = [...drafts];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    setDrafts(next);
    setErrors([]);
    setFocus({ index: j, control: by < 0 ? 'up' : 'down' });
    void store(next);
  };

  const remove = (i: number) => {
    const next = drafts.filter((_, k) => k !== i);
    setDrafts(next);
    setErrors(errors.filter((_, k) => k !== i));
    if (next.length > 0) setFocus({ index: Math.min(i, next.length - 1), control: 'text' });
    else addRef.current?.focus();
    void store(next);
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = phraseProblem(adding);
    if (problem) {
      setAddError(problem);
      return;
    }
    const next = [...drafts, adding.trim()];
    setDrafts(next);
    setAdding('');
    void store(next);
  };

  const full = drafts.length >= MAX_PHRASES;
  return (
    <fieldset className="phrase-group">
      <legend>
        <h4 id={`${id}-t`}>{title}</h4>
      </legend>
      <p className="field-hint">{hint}</p>
      {drafts.length === 0 ? (
        <p className="muted phrase-empty">None of your own yet, so the usual phrases are offered.</p>
      ) : null}
      <ol className="phrase-list" ref={listRef}>
        {drafts.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: phrases are edited in place; their place is their identity
          <li key={i} className="phrase-item">
            <input
              type="text"
              value={text}
              maxLength={MAX_LENGTH + 50}
              aria-label={`${title}, phrase ${i + 1} of ${drafts.length}`}
              aria-invalid={errors[i] ? true : undefined}
              aria-describedby={`${id}-e${i}`}
              data-control="text"
              onFocus={() => {
                editing.current = true;
              }}
              onChange={(e) => {
                const next = drafts.map((t, k) => (k === i ? e.currentTarget.value : t));
                setDrafts(next);
                if (errors[i]) setErrors(next.map(phraseProblem));
                settle.later(() => flushEdit(next));
              }}
              onBlur={() => {
                editing.current = false;
                flushEdit(drafts);
              }}
            />
            <div className="phrase-actions">
              <button
                type="button"
                className="button button-quiet icon-button"
                data-control="up"
                disabled={i === 0}
                aria-label={`Move “${text}” up`}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button button-quiet icon-button"
                data-control="down"
                disabled={i === drafts.length - 1}
                aria-label={`Move “${text}” down`}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Remove “${text}”`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </div>
            <FieldError id={`${id}-e${i}`} message={errors[i] ?? null} />
          </li>
        ))}
      </ol>
      <form className="phrase-add" onSubmit={add}>
        <input
          ref={addRef}
          type="text"
          value={adding}
          placeholder={full ? `Up to ${MAX_PHRASES} phrases` : 'Your own words'}
          disabled={full}
          aria-label={`Add a phrase to “${title}”`}
          aria-describedby={`${id}-add-e`}
          onChange={(e) => {
            setAdding(e.currentTarget.value);
            if (addError) setAddError(null);
          }}
        />
        <button type="submit" className="button" disabled={full}>
          Add
        </button>
      </form>
      <FieldError id={`${id}-add-e`} message={addError} />
    </fieldset>
  );
}

export function PhrasesEditor({ phrases }: { phrases: Phrases }) {
  const [undo, setUndo] = useState<Phrases | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const isDefault = JSON.stringify(phrases) === JSON.stringify(DEFAULT_PHRASES);
  return (
    <section className="field phrases" aria-labelledby="phrases-h">
      <h3 id="phrases-h">Your phrases</h3>
      <p className="field-hint">
        The words offered during the self-compassion break. Change them to words that feel true for you.
      </p>
      {GROUPS.map((g) => (
        <PhraseList key={g.kind} {...g} phrases={phrases[g.kind]} />
      ))}
      <div className="phrase-restore">
        <button
          type="button"
          className="button"
          disabled={isDefault}
          onClick={async () => {
            const before = structuredClone(phrases);
            const problem = await save({ practice: { phrases: structuredClone(DEFAULT_PHRASES) } });
            if (problem) return setStatus(problem);
            setUndo(before);
            setStatus('The usual phrases are back.');
          }}
        >
          Restore the usual phrases
        </button>
        {undo ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={async () => {
              const problem = await save({ practice: { phrases: undo } });
              if (problem) return setStatus(problem);
              setUndo(null);
              setStatus('Your own phrases are back.');
            }}
          >
            Undo
          </button>
        ) : null}
        <p className="field-note" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
