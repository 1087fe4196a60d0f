// The crisis note: Attune is not crisis care, and says where help is. The person can make the
// note their own (a number, a name); the original wording can come back at any time.
import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_CRISIS_NOTE, type Settings } from '../../../../shared/settings';
import { api } from '../../app/bridge';
import { FieldError, Section, save } from './fields';
import { useSettle } from './use-settle';

const MAX = 2000;
const SETTLE_MS = 600;

export function CrisisSection({ settings }: { settings: Settings }) {
  const id = useId();
  const [draft, setDraft] = useState(settings.crisisNote);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const editing = useRef(false);
  const settle = useSettle(SETTLE_MS);

  useEffect(() => {
    if (!editing.current) setDraft(settings.crisisNote);
  }, [settings.crisisNote]);

  const commit = async (text: string) => {
    settle.cancel();
    if (text.length > MAX) {
      setError(`The note can be up to ${MAX} characters; it has ${text.length}. Nothing was saved until it’s shorter.`);
      return;
    }
    if (text === settings.crisisNote) return setError(null);
    setError(await save({ crisisNote: text }));
  };

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
          id={id}
          rows={4}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-count ${id}-e`}
          data-testid="crisis-note"
          onFocus={() => {
            editing.current = true;
          }}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            settle.later(() => void commit(text));
          }}
          onBlur={(e) => {
            editing.current = false;
            void commit(e.currentTarget.value);
          }}
        />
        <p id={`${id}-count`} className="field-hint note-count">
          {draft.length} of {MAX} characters
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
