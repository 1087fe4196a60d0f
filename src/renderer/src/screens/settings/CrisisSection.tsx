// The crisis note: Attune is not crisis care, and says where help is. The person can make the
// note their own (a number, a name); the original wording can come back at any time.
import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_CRISIS_NOTE, type Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { useUnsaved } from '../../ui/unsaved';
import { FieldError, Section, save } from './fields';

const MAX = 2000;
const SETTLE_MS = 600;

export function CrisisSection({ settings }: { settings: Settings }) {
  const id = useId();
  const [draft, setDraft] = useState(settings.crisisNote);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing.current) setDraft(settings.crisisNote);
  }, [settings.crisisNote]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  /** Saves `text` if it can be kept; resolves to why not, or null. */
  const commit = async (text: string): Promise<string | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text.length > MAX) {
      const problem = `The note can be up to ${MAX} characters; it has ${text.length}. It isn’t saved until it’s shorter.`;
      setError(problem);
      return problem;
    }
    if (text === settings.crisisNote) {
      setError(null);
      return null;
    }
    const failed = await save({ crisisNote: text });
    setError(failed);
    return failed;
  };

  useUnsaved(
    draft !== settings.crisisNote
      ? { label: 'Your crisis note', problem: error, flush: () => commit(draft), focus: () => field.current?.focus() }
      : null,
  );
  const over = draft.length > MAX;

  return (
    <Section
      id="crisis"
      title="If you are in crisis"
      intro="Attune is a small companion, not crisis care. This note is shown alongside your pauses; make it yours — a number to call, or a person you trust."
    >
      <div className="field">
        <label htmlFor={id} className="field-label">
          Your crisis note
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
          {draft.length} of {MAX} characters{over ? ` — ${draft.length - MAX} too many` : ''}
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
          Find a helpline near you
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={settings.crisisNote === DEFAULT_CRISIS_NOTE}
          onClick={() => {
            editing.current = false;
            setUndo(settings.crisisNote);
            setDraft(DEFAULT_CRISIS_NOTE);
            void commit(DEFAULT_CRISIS_NOTE);
          }}
        >
          Restore the original note
        </button>
        {undo !== null && settings.crisisNote === DEFAULT_CRISIS_NOTE ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(undo);
              void commit(undo);
              setUndo(null);
            }}
          >
            Undo
          </button>
        ) : null}
      </div>
      <p id={`${id}-link`} className="field-hint">
        Opens findahelpline.com in your browser: free, confidential lines in many countries.
      </p>
    </Section>
  );
}
