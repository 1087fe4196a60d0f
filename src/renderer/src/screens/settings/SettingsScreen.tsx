// Settings: every choice saves as it is made (no Save button); each section is a card with a
// heading the jump links reach. Main holds the settings; this screen asks and follows.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { api } from '../../app/bridge';
import { useAppState, useSettings } from '../../app/use-main-state';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { SettingsNav } from '../../ui/SettingsNav';
import { CrisisSection } from './CrisisSection';
import { DataSection } from './DataSection';
import { DesktopNotes } from './DesktopNotes';
import { LoginPrompt } from './LoginPrompt';
import { PracticeSection } from './PracticeSection';
import { ReadingSection } from './ReadingSection';
import { RemindersSection } from './RemindersSection';
import { SystemSection } from './SystemSection';
import './settings.css';

const JUMPS = [
  { id: 'reminders', label: 'Reminders' },
  { id: 'practice', label: 'Practice' },
  { id: 'reading', label: 'Reading' },
  { id: 'system', label: 'System' },
  { id: 'data', label: 'Your data' },
  { id: 'crisis', label: 'If you are in crisis' },
];

export default function SettingsScreen() {
  const settings = useSettings();
  const appState = useAppState();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api().invoke('app:info').then(setInfo);
  }, []);
  return (
    <ScreenFrame title="Settings" nav={<SettingsNav current="settings" />}>
      {settings ? (
        <div className="settings">
          <DesktopNotes desktop={appState?.desktop} />
          <LoginPrompt settings={settings} onDone={() => document.getElementById('main')?.focus()} />
          <nav className="settings-jumps" aria-label="Settings sections">
            <p className="muted settings-saved">Changes are saved as you make them.</p>
            <ul>
              {JUMPS.map((j) => (
                <li key={j.id}>
                  <a
                    href={`#${j.id}`}
                    onClick={(e) => {
                      // Hash routing owns location.hash, so jump by focus and scroll instead.
                      e.preventDefault();
                      const target = document.getElementById(j.id);
                      target?.focus({ preventScroll: true });
                      target?.scrollIntoView({ block: 'start' });
                    }}
                  >
                    {j.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <RemindersSection settings={settings} />
          <PracticeSection settings={settings} />
          <ReadingSection settings={settings} />
          <SystemSection settings={settings} preview={info?.preview ?? false} />
          <DataSection info={info} />
          <CrisisSection settings={settings} />
        </div>
      ) : null}
    </ScreenFrame>
  );
}
