// The crisis note: Attune is not crisis care, and says where help is. The person can make the
// note their own (a number, a name); the original wording can come back at any time. Attune's
// note is saved as null and shown in the current language; the person's note is kept as written.
import { useEffect, useId, useRef, useState } from 'react';
import { crisisNoteText, MAX_CRISIS_NOTE_LENGTH as MAX } from '../../../../shared/phrases';
import type { Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useUnsaved } from '../../ui/unsaved';
import { FieldError, Section, save } from './fields';

const SETTLE_MS = 600;

export function CrisisSection({ settings }: { settings: Settings }) {
  const id = useId();
  const { t } = useT();
  const saved = settings.crisisNote;
  // What the field shows for what is saved: Attune's note in the current language, or theirs.
  const shown = crisisNoteText(saved, t);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  // A change from elsewhere, or of language (Attune's note follows it), shows unless they're typing.
  useEffect(() => {
    if (!editing.current) setDraft(shown);
  }, [shown]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  /** Saves `text` if it can be kept; resolves to why not, or null. */
  const commit = async (text: string): Promise<string | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text.length > MAX) {
      const problem = t('phrases.crisis.tooLong', { max: MAX, length: text.length });
      setError(problem);
      return problem;
    }
    // Emptied, or Attune's words left as they are: Attune's note (null), in whatever language.
    const note = text.trim() === '' || text === t('phrases.crisisNote.default') ? null : text;
    if (note === saved) {
      setError(null);
      return null;
    }
    const failed = await save({ crisisNote: note });
    setError(failed);
    return failed;
  };

  useUnsaved(
    draft !== shown
      ? {
          label: t('phrases.crisis.noteLabel'),
          problem: error,
          flush: () => commit(draft),
          focus: () => field.current?.focus(),
        }
      : null,
  );
  const over = draft.length > MAX;

  return (
    <Section id="crisis" title={t('phrases.crisis.title')} intro={t('phrases.crisis.intro')}>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t('phrases.crisis.noteLabel')}
        </label>
        <textarea
          ref={field}
          id={id}
          rows={4}
          dir="auto"
          value={draft}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={`${id}-count ${id}-e`}
          data-testid="crisis-note"
          onFocus={() => {
            editing.current = true;
          }}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => void commit(text), SETTLE_MS);
          }}
          onBlur={(e) => {
            editing.current = false;
            void commit(e.currentTarget.value);
          }}
        />
        <p id={`${id}-count`} className={over ? 'field-error note-count note-count-over' : 'field-hint note-count'}>
          {over
            ? t('phrases.crisis.countOver', { count: draft.length, max: MAX, over: draft.length - MAX })
            : t('phrases.crisis.count', { count: draft.length, max: MAX })}
        </p>
        <FieldError id={`${id}-e`} message={error} />
      </div>
      <div className="crisis-actions">
        <button
          type="button"
          className="button"
          onClick={() => void api().invoke('link:open', { id: 'find-a-helpline' })}
          aria-describedby={`${id}-link`}
        >
          {t('phrases.crisis.helpline')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={saved === null}
          onClick={() => {
            editing.current = false;
            setUndo(saved);
            const original = t('phrases.crisisNote.default');
            setDraft(original);
            void commit(original);
          }}
        >
          {t('phrases.crisis.restore')}
        </button>
        {undo !== null && saved === null ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(undo);
              void commit(undo);
              setUndo(null);
            }}
          >
            {t('phrases.crisis.undo')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-link`} className="field-hint">
        {t('phrases.crisis.linkHint')}
      </p>
    </Section>
  );
}
