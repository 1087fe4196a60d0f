// Settings, History and About share one window; this nav moves between them. Its words are in the
// settings area, which History and About don't load themselves: the nav loads it (once) and
// waits for it, so it never shows a message id.
import { use } from 'react';
import type { MessageId } from '../../../shared/i18n/translator';
import type { RouteName } from '../../../shared/routes';
import { ensureAreas, useT } from '../app/i18n';

const ITEMS: { route: RouteName; label: MessageId }[] = [
  { route: 'settings', label: 'settings.nav.settings' },
  { route: 'history', label: 'settings.nav.history' },
  { route: 'about', label: 'settings.nav.about' },
];

let loading: Promise<void> | null = null;
let loaded = false;
/** The settings words, once per window; later language switches reload every loaded area. */
function settingsWords(): Promise<void> {
  loading ??= ensureAreas(['settings']).then(() => {
    loaded = true;
  });
  return loading;
}

export function SettingsNav({ current }: { current: RouteName }) {
  if (!loaded) use(settingsWords());
  const { t } = useT();
  return (
    <nav className="screen-nav" aria-label={t('settings.nav.label')}>
      {ITEMS.map((item) => (
        <a key={item.route} href={`#/${item.route}`} aria-current={item.route === current ? 'page' : undefined}>
          {t(item.label)}
        </a>
      ))}
    </nav>
  );
}
