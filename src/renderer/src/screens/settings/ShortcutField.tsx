// The quick-pause shortcut: press "Record a shortcut", then the keys. Main registers it with the
// system and saves it only when the system accepts it; a refusal comes back as a sentence shown
// here. Esc or Tab leave recording without changing anything.
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { acceleratorFromKey, shortcutLabel } from '../../../../shared/accelerator';
import type { ShortcutStatus } from '../../../../shared/contract';
import { api } from '../../app/bridge';
import { personMessage } from './fields';

const HINTS = {
  'needs-modifier': 'Add Ctrl, Alt or the Super key, so that key stays free for typing.',
  unsupported: 'Attune can’t use that key. A letter or a number with Ctrl or Alt works well.',
} as const;

export function ShortcutField({ preview, mac }: { preview: boolean; mac: boolean }) {
  const id = useId();
  const [status, setStatus] = useState<ShortcutStatus | null>(null);
  const [recording, setRecording] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api()
      .invoke('shortcut:status')
      .then(setStatus)
      .catch((e: unknown) => setError(personMessage('save', e)));
  }, []);

  const set = async (accelerator: string | null) => {
    setRecording(false);
    setHint(null);
    try {
      setStatus(await api().invoke('shortcut:set', { accelerator }));
      setError(null);
    } catch (e) {
      setError(personMessage('save', e));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;
    if (plain && (e.key === 'Escape' || e.key === 'Tab')) {
      if (e.key === 'Escape') e.preventDefault();
      setRecording(false);
      setHint(null);
      return;
    }
    e.preventDefault();
    const result = acceleratorFromKey(e, mac);
    if (result.kind === 'shortcut') void set(result.accelerator);
    else if (result.kind !== 'incomplete') setHint(HINTS[result.kind]);
  };

  const current = status?.accelerator ?? null;
  const refusal = status && (status.state === 'refused' || status.state === 'unavailable') ? status.message : null;
  // A note from main that is not a refusal (e.g. how Wayland handles shortcuts).
  const note = status && !refusal ? status.message : null;
  return (
    <div className="field shortcut-field" data-testid="quick-pause-shortcut">
      <p className="field-label" id={`${id}-l`}>
        Quick pause shortcut
      </p>
      <p className="field-hint" id={`${id}-d`}>
        A key combination that opens a one-minute breathing pause from anywhere. There is none until you record one.
        {preview ? ' (This preview keeps your choice but can’t listen for keys outside this page.)' : ''}
        {note ? ` ${note}` : ''}
      </p>
      <p className="shortcut-current" id={`${id}-c`}>
        {current ? (
          <>
            <span className="muted">Shortcut: </span>
            <kbd data-testid="shortcut-keys">{shortcutLabel(current, mac)}</kbd>
          </>
        ) : (
          <span className="muted">No shortcut</span>
        )}
      </p>
      <div className="shortcut-actions">
        <button
          type="button"
          className={recording ? 'button button-primary shortcut-recording' : 'button'}
          aria-describedby={`${id}-d ${id}-c ${id}-s`}
          aria-pressed={recording}
          onClick={() => {
            setHint(null);
            setRecording(!recording);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          {recording
            ? 'Press the keys now (Esc to stop)'
            : current
              ? 'Record a different shortcut'
              : 'Record a shortcut'}
        </button>
        {current ? (
          <button type="button" className="button button-quiet" onClick={() => void set(null)}>
            Remove shortcut
          </button>
        ) : null}
      </div>
      <p id={`${id}-s`} className="field-hint" role="status">
        {hint ??
          (recording
            ? 'Listening. Hold Ctrl, Alt or the Super key and press a letter or a number.'
            : status?.state === 'active' && !refusal
              ? `Press ${shortcutLabel(status.accelerator ?? '', mac)} anywhere for a quick pause.`
              : '')}
      </p>
      <p className="field-error" aria-live="polite" data-testid="shortcut-message">
        {error ?? refusal}
      </p>
    </div>
  );
}
