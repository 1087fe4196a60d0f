// The person's own words for the self-compassion break: add, edit, remove, reorder, and restore
// the usual phrases (with an undo, so nothing they wrote is lost by one click). A default phrase
// is shown in the current language and stays a default (saved as its id) until its words are
// edited; from then on the words are the person's, saved and shown exactly as they wrote them.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  defaultPhraseLists,
  type PhraseListId as Kind,
  MAX_PHRASES,
  PHRASE_LISTS,
  type PhraseEntry,
  phraseText,
} from '../../../../shared/phrases';
import type { Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { useUnsaved } from '../../ui/unsaved';
import { FieldError, save } from './fields';
import { phraseProblem, problemsOf, toEntries } from './phrase-drafts';

type Phrases = Settings['practice']['phrases'];

const EDIT_SETTLE_MS = 600;

function PhraseList({ kind, phrases }: { kind: Kind; phrases: PhraseEntry[] }) {
  const id = useId();
  const { t } = useT();
  const title = t(`phrases.editor.group.${kind}`);
  const hint = t('phrases.editor.groupHint', { phrase: t(`phrases.default.${kind}.1`) });
  const shown = phrases.map((p) => phraseText(p, t));
  // Each field's text, and the saved entry it began as (a default keeps its id while unchanged).
  const [drafts, setDrafts] = useState(shown);
  const [origins, setOrigins] = useState(phrases);
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ index: number; control: 'up' | 'down' | 'text' } | null>(null);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);

  // What is saved (or the language) changed: the fields follow, unless the person is typing.
  const incoming = JSON.stringify([phrases, shown]);
  useEffect(() => {
    if (editing.current) return;
    const [entries, texts] = JSON.parse(incoming) as [PhraseEntry[], string[]];
    setOrigins(entries);
    setDrafts(texts);
  }, [incoming]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

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

  const store = async (next: PhraseEntry[]) => {
    const problem = await save({ practice: { phrases: { [kind]: next } } });
    setAddError(problem);
    return problem === null;
  };

  const flushEdit = (next: string[]) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const problems = problemsOf(t, next);
    setErrors(problems);
    const problem = problems.find((p) => p !== null) ?? null;
    const entries = toEntries(t, next, origins);
    if (problem === null && JSON.stringify(entries) !== JSON.stringify(phrases)) void store(entries);
    return problem;
  };

  // A phrase typed and not saved yet is saved when the window closes (or the person is asked).
  const problemAt = errors.findIndex((e) => e !== null);
  useUnsaved(
    JSON.stringify(toEntries(t, drafts, origins)) !== JSON.stringify(phrases)
      ? {
          label: problemAt >= 0 ? t('phrases.editor.unsavedItem', { group: title, position: problemAt + 1 }) : title,
          problem: errors[problemAt] ?? null,
          flush: async () => flushEdit(drafts),
          focus: () => listRef.current?.children[Math.max(0, problemAt)]?.querySelector<HTMLElement>('input')?.focus(),
        }
      : null,
  );

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= drafts.length) return;
    const swap = <X,>(list: readonly X[]) => {
      const out = [...list];
      [out[i], out[j]] = [out[j] as X, out[i] as X];
      return out;
    };
    const next = swap(drafts);
    const nextOrigins = swap(origins);
    setDrafts(next);
    setOrigins(nextOrigins);
    setErrors([]);
    setFocus({ index: j, control: by < 0 ? 'up' : 'down' });
    void store(toEntries(t, next, nextOrigins));
  };

  const remove = (i: number) => {
    const next = drafts.filter((_, k) => k !== i);
    const nextOrigins = origins.filter((_, k) => k !== i);
    setDrafts(next);
    setOrigins(nextOrigins);
    setErrors(errors.filter((_, k) => k !== i));
    if (next.length > 0) setFocus({ index: Math.min(i, next.length - 1), control: 'text' });
    else addRef.current?.focus();
    void store(toEntries(t, next, nextOrigins));
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = phraseProblem(t, adding, drafts);
    if (problem) {
      setAddError(problem);
      return;
    }
    const text = adding.trim();
    const next = [...drafts, text];
    const nextOrigins = [...origins, text];
    setDrafts(next);
    setOrigins(nextOrigins);
    setAdding('');
    void store(toEntries(t, next, nextOrigins));
  };

  const full = drafts.length >= MAX_PHRASES;
  return (
    <fieldset className="phrase-group">
      <legend>
        <h4 id={`${id}-t`}>{title}</h4>
      </legend>
      <p className="field-hint">{hint}</p>
      {drafts.length === 0 ? <p className="muted phrase-empty">{t('phrases.editor.empty')}</p> : null}
      <ol className="phrase-list" ref={listRef}>
        {drafts.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: phrases are edited in place; their place is their identity
          <li key={i} className="phrase-item">
            <input
              type="text"
              value={text}
              dir="auto"
              aria-label={t('phrases.editor.itemLabel', { group: title, position: i + 1, total: drafts.length })}
              aria-invalid={errors[i] ? true : undefined}
              aria-describedby={`${id}-e${i}`}
              data-control="text"
              onFocus={() => {
                editing.current = true;
              }}
              onChange={(e) => {
                const next = drafts.map((t, k) => (k === i ? e.currentTarget.value : t));
                setDrafts(next);
                if (errors[i]) setErrors(problemsOf(t, next));
                if (timer.current) clearTimeout(timer.current);
                timer.current = setTimeout(() => flushEdit(next), EDIT_SETTLE_MS);
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
                aria-label={t('phrases.editor.moveUp', { phrase: text })}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button button-quiet icon-button"
                data-control="down"
                disabled={i === drafts.length - 1}
                aria-label={t('phrases.editor.moveDown', { phrase: text })}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('phrases.editor.removeLabel', { phrase: text })}
                onClick={() => remove(i)}
              >
                {t('phrases.editor.remove')}
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
          dir="auto"
          placeholder={
            full ? t('phrases.editor.fullPlaceholder', { max: MAX_PHRASES }) : t('phrases.editor.addPlaceholder')
          }
          disabled={full}
          aria-label={t('phrases.editor.addLabel', { group: title })}
          aria-describedby={`${id}-add-e ${id}-full`}
          onChange={(e) => {
            setAdding(e.currentTarget.value);
            if (addError) setAddError(null);
          }}
        />
        <button type="submit" className="button" disabled={full} aria-describedby={`${id}-full`}>
          {t('phrases.editor.add')}
        </button>
      </form>
      <p id={`${id}-full`} className="field-note">
        {full ? t('phrases.editor.full', { max: MAX_PHRASES }) : ''}
      </p>
      <FieldError id={`${id}-add-e`} message={addError} />
    </fieldset>
  );
}

export function PhrasesEditor({ phrases }: { phrases: Phrases }) {
  const { t } = useT();
  const [undo, setUndo] = useState<Phrases | null>(null);
  // Which message the status line holds (its words follow the language).
  const [status, setStatus] = useState<{ problem: string } | 'restored' | 'undone' | null>(null);
  const isDefault = JSON.stringify(phrases) === JSON.stringify(defaultPhraseLists());
  return (
    <section className="field phrases" aria-labelledby="phrases-h">
      <h3 id="phrases-h">{t('phrases.editor.heading')}</h3>
      <p className="field-hint">{t('phrases.editor.intro')}</p>
      {PHRASE_LISTS.map((kind) => (
        <PhraseList key={kind} kind={kind} phrases={phrases[kind]} />
      ))}
      <div className="phrase-restore">
        <button
          type="button"
          className="button"
          disabled={isDefault}
          onClick={async () => {
            const before = structuredClone(phrases);
            const problem = await save({ practice: { phrases: defaultPhraseLists() } });
            if (problem) return setStatus({ problem });
            setUndo(before);
            setStatus('restored');
          }}
        >
          {t('phrases.editor.restore')}
        </button>
        {undo ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={async () => {
              const problem = await save({ practice: { phrases: undo } });
              if (problem) return setStatus({ problem });
              setUndo(null);
              setStatus('undone');
            }}
          >
            {t('phrases.editor.undo')}
          </button>
        ) : null}
        <p className="field-note" role="status">
          {status === 'restored'
            ? t('phrases.editor.restored')
            : status === 'undone'
              ? t('phrases.editor.undone')
              : (status?.problem ?? null)}
        </p>
      </div>
    </section>
  );
}
