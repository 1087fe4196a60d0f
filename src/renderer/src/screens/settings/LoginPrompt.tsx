// Asked once, the first time settings open: would the person like Attune to start at login?
// "Not now" is respected — the question does not come back; the switch under System remains.
import { useRef, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { save } from './fields';

export function LoginPrompt({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState<'yes' | 'no' | null>(null);
  const busy = useRef(false);
  if (answered) {
    return (
      <p className="login-answered muted" role="status">
        {answered === 'yes' ? t('settings.loginPrompt.answeredYes') : t('settings.loginPrompt.answeredNo')}
      </p>
    );
  }
  if (settings.system.loginPromptAnswered) return null;
  const answer = async (startAtLogin: boolean) => {
    if (busy.current) return;
    busy.current = true;
    const problem = await save({ system: { startAtLogin, loginPromptAnswered: true } });
    busy.current = false;
    if (problem) return setError(problem);
    setAnswered(startAtLogin ? 'yes' : 'no');
    onDone();
  };
  return (
    <aside className="login-prompt card" aria-labelledby="login-prompt-h" data-testid="login-prompt">
      <h2 id="login-prompt-h">{t('settings.loginPrompt.title')}</h2>
      <p>{t('settings.loginPrompt.body')}</p>
      <div className="login-prompt-actions">
        <button type="button" className="button button-primary" onClick={() => void answer(true)}>
          {t('settings.loginPrompt.yes')}
        </button>
        <button type="button" className="button" onClick={() => void answer(false)}>
          {t('settings.loginPrompt.no')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </aside>
  );
}
