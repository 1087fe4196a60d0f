// Settings, History and About share one window; this nav moves between them. Its words are in
// the common area, which every window loads.
import type { MessageId } from '../../../shared/i18n/translator';
import type { RouteName } from '../../../shared/routes';
import { useT } from '../app/i18n';

const ITEMS: { route: RouteName; label: MessageId }[] = [
  { route: 'settings', label: 'common.nav.settings' },
  { route: 'history', label: 'common.nav.history' },
  { route: 'about', label: 'common.nav.about' },
];

export function SettingsNav({ current }: { current: RouteName }) {
  const { t } = useT();
  return (
    <nav className="screen-nav" aria-label={t('common.nav.label')}>
      {ITEMS.map((item) => (
        <a key={item.route} href={`#/${item.route}`} aria-current={item.route === current ? 'page' : undefined}>
          {t(item.label)}
        </a>
      ))}
    </nav>
  );
}
