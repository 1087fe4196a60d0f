// Settings, History and About share one window; this nav moves between them.
import type { RouteName } from '../../../shared/routes';

const ITEMS: { route: RouteName; label: string }[] = [
  { route: 'settings', label: 'Settings' },
  { route: 'history', label: 'History' },
  { route: 'about', label: 'About' },
];

export function SettingsNav({ current }: { current: RouteName }) {
  return (
    <nav className="screen-nav" aria-label="Sections">
      {ITEMS.map((item) => (
        <a key={item.route} href={`#/${item.route}`} aria-current={item.route === current ? 'page' : undefined}>
          {item.label}
        </a>
      ))}
    </nav>
  );
}
