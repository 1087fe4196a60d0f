// The tray's "If you are in crisis…": the person's own crisis note, where to find a helpline,
// and the way to make the note theirs. Nothing else on the screen.
import { crisisNoteText } from '../../../../shared/phrases';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useSettings } from '../../app/use-main-state';
import { richText } from '../../ui/rich';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import './crisis.css';

export default function CrisisScreen() {
  const settings = useSettings();
  const { t } = useT();
  return (
    <ScreenFrame title={t('phrases.crisis.title')} nav={<SettingsNav current="crisis" />}>
      {settings ? (
        <div className="crisis-screen card">
          <p className="crisis-screen-note" data-testid="crisis-screen-note" dir="auto">
            {crisisNoteText(settings.crisisNote, t)}
          </p>
          <p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void api().invoke('link:open', { id: 'find-a-helpline' })}
            >
              {t('phrases.crisis.helpline')}
            </button>
          </p>
          <p className="muted">
            {richText(t, 'phrases.crisis.screenHint', {
              settings: <a href="#/settings">{t('phrases.crisis.settingsLink')}</a>,
            })}
          </p>
        </div>
      ) : null}
    </ScreenFrame>
  );
}
