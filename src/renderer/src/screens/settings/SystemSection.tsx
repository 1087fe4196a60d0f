// System: starting with the computer, and the app's colours.
import type { Settings } from '../../../../shared/settings';
import { RadioGroup, Section, save, Toggle } from './fields';
import { ShortcutField } from './ShortcutField';

type Theme = Settings['system']['theme'];

export function SystemSection({ settings, preview, mac }: { settings: Settings; preview: boolean; mac: boolean }) {
  const s = settings.system;
  return (
    <Section id="system" title="System">
      <Toggle
        label="Start Attune when you log in"
        description={
          preview
            ? 'In the app, Attune then waits quietly in the tray from the moment you log in. (This preview can’t start anything.)'
            : 'Attune then waits quietly in the tray from the moment you log in.'
        }
        checked={s.startAtLogin}
        onChange={(startAtLogin) => save({ system: { startAtLogin, loginPromptAnswered: true } })}
        testId="start-at-login"
      />
      <RadioGroup<Theme>
        legend="Theme"
        name="theme"
        layout="row"
        value={s.theme}
        choices={[
          { value: 'system', label: 'Match my system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => save({ system: { theme } })}
      />
      <ShortcutField preview={preview} mac={mac} />
    </Section>
  );
}
