// The quick-pause shortcut: press "Record a shortcut", then the keys. Main registers it with the
// system and saves it only when the system accepts it; a refusal comes back as a sentence shown
// here. Esc or Tab leave recording without changing anything.
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { acceleratorFromKey, shortcutLabel } from '../../../../shared/accelerator';
import type { ShortcutStatus } from '../../../../shared/contract';
import type { MessageId } from '../../../../shared/i18n/translator';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { personMessage } from './fields';

const HINTS = {
  'needs-modifier': 'settings.shortcut.needsModifier',
  unsupported: 'settings.shortcut.unsupported',
} as const satisfies Record<string, MessageId>;

export function ShortcutField({ preview, mac }: { preview: boolean; mac: boolean }) {
  const { t } = useT();
  const id = useId();
  const [status, setStatus] = useState<ShortcutStatus | null>(null);
  const [recording, setRecording] = useState(false);
  const [hint, setHint] = useState<MessageId | null>(null);
  const keys = {
    Control: t('settings.keys.control'),
    Alt: t('settings.keys.alt'),
    Shift: t('settings.keys.shift'),
    Super: t('settings.keys.super'),
  };
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
        {t('settings.shortcut.label')}
      </p>
      <p className="field-hint" id={`${id}-d`}>
        {t('settings.shortcut.hint')}
        {preview ? ` ${t('settings.shortcut.previewNote')}` : ''}
        {note ? ` ${note}` : ''}
      </p>
      <p className="shortcut-current" id={`${id}-c`}>
        {current ? (
          <>
            <span className="muted">{t('settings.shortcut.current')}</span>{' '}
            <kbd data-testid="shortcut-keys">{shortcutLabel(current, mac, keys)}</kbd>
          </>
        ) : (
          <span className="muted">{t('settings.shortcut.none')}</span>
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
            ? t('settings.shortcut.recording')
            : current
              ? t('settings.shortcut.recordDifferent')
              : t('settings.shortcut.record')}
        </button>
        {current ? (
          <button type="button" className="button button-quiet" onClick={() => void set(null)}>
            {t('settings.shortcut.remove')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-s`} className="field-hint" role="status">
        {hint
          ? t(hint)
          : recording
            ? t('settings.shortcut.listening')
            : status?.state === 'active' && !refusal
              ? t('settings.shortcut.active', { keys: shortcutLabel(status.accelerator ?? '', mac, keys) })
              : ''}
      </p>
      <p className="field-error" aria-live="polite" data-testid="shortcut-message">
        {error ?? refusal}
      </p>
    </div>
  );
}
