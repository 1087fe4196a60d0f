// What Attune found on this desktop that the person needs to know: no notification service,
// no tray icon, idle time it can't read. Each note says what is so and what they can do.
import { type DesktopState, desktopNotes, desktopNoteText } from '../../../../shared/desktop';
import { useT } from '../../app/i18n';

export function DesktopNotes({ desktop }: { desktop: DesktopState | undefined }) {
  const tr = useT();
  const { t } = tr;
  const notes = desktopNotes(desktop);
  if (notes.length === 0) return null;
  return (
    <aside className="desktop-notes card" aria-labelledby="desktop-notes-h" data-testid="desktop-notes">
      <h2 id="desktop-notes-h">{t('settings.desktop.title')}</h2>
      <ul>
        {notes.map((id) => (
          <li key={id} data-note={id}>
            {desktopNoteText(tr, id)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
