// System: the language, starting with the computer, the app's colours and the quick-pause shortcut.
import type { Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { RadioGroup, Section, save, Toggle } from './fields';
import { LanguageField } from './LanguageField';
import { ShortcutField } from './ShortcutField';

type Theme = Settings['system']['theme'];

export function SystemSection({ settings, preview, mac }: { settings: Settings; preview: boolean; mac: boolean }) {
  const { t } = useT();
  const s = settings.system;
  return (
    <Section id="system" title={t('settings.system.title')}>
      <LanguageField choice={s.language} />
      <Toggle
        label={t('settings.system.login.label')}
        description={preview ? t('settings.system.login.hintPreview') : t('settings.system.login.hint')}
        checked={s.startAtLogin}
        onChange={(startAtLogin) => save({ system: { startAtLogin, loginPromptAnswered: true } })}
        testId="start-at-login"
      />
      <RadioGroup<Theme>
        legend={t('settings.system.theme.legend')}
        name="theme"
        layout="row"
        value={s.theme}
        choices={[
          { value: 'system', label: t('settings.system.theme.system') },
          { value: 'light', label: t('settings.system.theme.light') },
          { value: 'dark', label: t('settings.system.theme.dark') },
        ]}
        onChange={(theme) => save({ system: { theme } })}
      />
      <ShortcutField preview={preview} mac={mac} />
    </Section>
  );
}
