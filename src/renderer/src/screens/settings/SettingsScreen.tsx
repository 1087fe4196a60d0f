// Settings: every choice saves as it is made (no Save button); each section is a card with a
// heading the jump links reach. Main holds the settings; this screen asks and follows.
import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import type { MessageId } from '../../../../shared/i18n/translator';
import { api } from '../../app/bridge';
import { useT } from '../../app/i18n';
import { useAppState, useSettings } from '../../app/use-main-state';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { useUnsavedProblems } from '../../ui/unsaved';
import { CrisisSection } from './CrisisSection';
import { DataSection } from './DataSection';
import { DesktopNotes } from './DesktopNotes';
import { LoginPrompt } from './LoginPrompt';
import { PracticeSection } from './PracticeSection';
import { ReadingSection } from './ReadingSection';
import { RemindersSection } from './RemindersSection';
import { SystemSection } from './SystemSection';
import './settings.css';

const JUMPS: readonly { id: string; label: MessageId }[] = [
  { id: 'reminders', label: 'settings.reminders.title' },
  { id: 'practice', label: 'settings.practice.title' },
  { id: 'reading', label: 'settings.reading.title' },
  { id: 'system', label: 'settings.system.title' },
  { id: 'data', label: 'settings.data.title' },
  { id: 'crisis', label: 'settings.jumps.crisis' },
];

/** Moves focus to a section and brings it into view. */
function goTo(id: string): void {
  const target = document.getElementById(id);
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'start' });
}

/** "Changes are saved as you make them" — only while that is true. */
function SavedLine() {
  const { t, locale } = useT();
  const problems = useUnsavedProblems();
  if (problems.length === 0) return <p className="muted settings-saved">{t('settings.saved')}</p>;
  // The fields as the language lists them ("A and B", "A und B", "A、B").
  const fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(problems.map((p) => p.label));
  return (
    <p className="settings-saved settings-unsaved" data-testid="settings-unsaved">
      {t('settings.unsaved', { fields })}{' '}
      <button type="button" className="link-button" onClick={() => problems[0]?.focus()}>
        {t('settings.unsaved.showMe')}
      </button>
    </p>
  );
}

/** `section`: a section to open at (History's "Your data" link asks for "data"). */
export default function SettingsScreen({ section }: { section?: string }) {
  const { t } = useT();
  const settings = useSettings();
  const appState = useAppState();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api().invoke('app:info').then(setInfo);
  }, []);
  const ready = settings !== null;
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !section || asked.current === section) return;
    if (!JUMPS.some((j) => j.id === section)) return;
    asked.current = section;
    goTo(section);
  }, [ready, section]);
  return (
    <ScreenFrame title={t('settings.title')} nav={<SettingsNav current="settings" />}>
      {settings ? (
        <div className="settings">
          <DesktopNotes desktop={appState?.desktop} />
          <LoginPrompt settings={settings} onDone={() => document.getElementById('main')?.focus()} />
          <nav className="settings-jumps" aria-label={t('settings.jumps.label')}>
            <SavedLine />
            <ul>
              {JUMPS.map((j) => (
                <li key={j.id}>
                  <a
                    href={`#${j.id}`}
                    onClick={(e) => {
                      // Hash routing owns location.hash, so jump by focus and scroll instead.
                      e.preventDefault();
                      goTo(j.id);
                    }}
                  >
                    {t(j.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <RemindersSection settings={settings} />
          <PracticeSection settings={settings} />
          <ReadingSection settings={settings} />
          <SystemSection settings={settings} preview={info?.preview ?? false} mac={info?.platform === 'darwin'} />
          <DataSection info={info} settings={settings} />
          <CrisisSection settings={settings} />
        </div>
      ) : null}
    </ScreenFrame>
  );
}
