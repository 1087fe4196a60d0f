// Asked once, the first time settings open: would the person like Attune to start at login?
// "Not now" is respected — the question does not come back; the switch under System remains.
import { useRef, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { save } from './fields';

export function LoginPrompt({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const busy = useRef(false);
  if (answered) {
    return (
      <p className="login-answered muted" role="status">
        {answered}
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
    setAnswered(
      startAtLogin
        ? 'Attune will start when you log in. You can change this under System.'
        : 'All right. If you change your mind, it’s under System.',
    );
    onDone();
  };
  return (
    <aside className="login-prompt card" aria-labelledby="login-prompt-h" data-testid="login-prompt">
      <h2 id="login-prompt-h">Start Attune when you log in?</h2>
      <p>Then it’s there in the tray without you having to remember it. You can change this any time.</p>
      <div className="login-prompt-actions">
        <button type="button" className="button button-primary" onClick={() => void answer(true)}>
          Yes, start at login
        </button>
        <button type="button" className="button" onClick={() => void answer(false)}>
          Not now
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
