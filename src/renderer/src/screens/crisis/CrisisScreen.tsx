// The tray's "If you are in crisis…": the person's own crisis note, where to find a helpline,
// and the way to make the note theirs. Nothing else on the screen.
import { api } from '../../app/bridge';
import { useSettings } from '../../app/use-main-state';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { CRISIS_WORDS } from '../practice/CrisisLink';
import './crisis.css';

export default function CrisisScreen() {
  const settings = useSettings();
  return (
    <ScreenFrame title={CRISIS_WORDS.link} nav={<SettingsNav current="crisis" />}>
      {settings ? (
        <div className="crisis-screen card">
          <p className="crisis-screen-note" data-testid="crisis-screen-note">
            {settings.crisisNote}
          </p>
          <p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void api().invoke('link:open', { id: 'find-a-helpline' })}
            >
              {CRISIS_WORDS.helpline}
            </button>
          </p>
          <p className="muted">
            Opens findahelpline.com in your browser: free, confidential lines in many countries. You can write your own
            note — a number to call, or a person you trust — under <a href="#/settings">Settings</a>.
          </p>
        </div>
      ) : null}
    </ScreenFrame>
  );
}
