// Route → screen. Screens load lazily so each window downloads only the code it shows.
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import type { CatalogArea } from '../../../shared/i18n/areas';
import { parseRoute, ROUTE_TITLES, type RouteName } from '../../../shared/routes';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { api } from './bridge';
import { ensureAreas, useT } from './i18n';
import { useMainNavigation, useRoute } from './router';
import { useTheme } from './theme';
import { useSettings } from './use-main-state';

/**
 * A lazily loaded screen that, once its module is in, renders at once instead of suspending:
 * React holds back what a Suspense boundary reveals by up to 300 ms after its fallback showed,
 * which would delay a window's first paint. main.tsx preloads the first route's screen.
 */
function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  words: readonly CatalogArea[],
) {
  let loaded: ComponentType<P> | null = null;
  // The screen's code and its words in the language in use arrive together.
  const preload = () =>
    Promise.all([load(), ensureAreas(words)]).then(([m]) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen, at module level
  function LazyScreen(props: P) {
    // Fixed at mount, so a screen never switches component (and loses its state) mid-life.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(LazyScreen, { preload });
}

const PracticeScreen = lazyScreen(() => import('../screens/practice/PracticeScreen'), ['practice', 'phrases']);
const ReadScreen = lazyScreen(() => import('../screens/read/ReadScreen'), ['read']);
const SettingsScreen = lazyScreen(
  () => import('../screens/settings/SettingsScreen'),
  ['settings', 'phrases', 'time', 'errors'],
);
const HistoryScreen = lazyScreen(() => import('../screens/history/HistoryScreen'), ['history', 'time']);
// About's few paragraphs live with History's words (the same window; no area of their own).
const AboutScreen = lazyScreen(() => import('../screens/about/AboutScreen'), ['history']);
const CrisisScreen = lazyScreen(() => import('../screens/crisis/CrisisScreen'), ['practice', 'phrases']);

/** Starts loading the screen for `hash` (the window's first route) before the first render. */
export function preloadScreen(hash: string): Promise<unknown> {
  const name = parseRoute(hash || '#/about')?.name;
  if (name?.startsWith('practice')) return PracticeScreen.preload();
  if (name === 'read') return ReadScreen.preload();
  if (name === 'settings') return SettingsScreen.preload();
  if (name === 'history') return HistoryScreen.preload();
  if (name === 'about') return AboutScreen.preload();
  if (name === 'crisis') return CrisisScreen.preload();
  return Promise.resolve();
}

function Screen({ name, params }: { name: RouteName; params: Record<string, string> }) {
  switch (name) {
    case 'practice':
    case 'practice/breathe':
    case 'practice/acknowledge':
      return <PracticeScreen route={name} params={params} />;
    case 'read':
      return <ReadScreen params={params} />;
    case 'settings':
      return <SettingsScreen section={params.section} />;
    case 'history':
      return <HistoryScreen />;
    case 'about':
      return <AboutScreen />;
    case 'crisis':
      return <CrisisScreen />;
  }
}

/** A message from main the person should see once (e.g. a settings file was repaired). */
function Notice() {
  const { t } = useT();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void api().invoke('notice:take').then(setNotice);
  }, []);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      {notice}{' '}
      <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
        {t('common.notice.dismiss')}
      </button>
    </div>
  );
}

export function App() {
  const { t } = useT();
  const route = useRoute();
  const settings = useSettings();
  // The reading view has its own theme (sepia among them); elsewhere the app-wide one applies.
  const readingTheme = route?.name === 'read' ? settings?.reading.theme : undefined;
  useTheme(settings, readingTheme && readingTheme !== 'system' ? readingTheme : undefined);
  useMainNavigation();
  const [closed, setClosed] = useState<string | null>(null);
  useEffect(() => {
    if (!__WEB_PREVIEW__) return;
    const onClose = () => setClosed(window.location.hash || '#/about');
    const onRoute = () => setClosed(null);
    window.addEventListener('attune:preview-close', onClose);
    window.addEventListener('hashchange', onRoute);
    return () => {
      window.removeEventListener('attune:preview-close', onClose);
      window.removeEventListener('hashchange', onRoute);
    };
  }, []);
  if (__WEB_PREVIEW__ && closed !== null) {
    const again = parseRoute(closed);
    // Each way back reopens the screen, even the one whose address is still in the address bar.
    const reopen = (to: string) => {
      setClosed(null);
      window.location.hash = to.slice(1);
    };
    const ways = [
      ...(again ? [{ to: closed, label: t('common.preview.openAgain', { title: t(ROUTE_TITLES[again.name]) }) }] : []),
      { to: '#/practice', label: t('common.waysBack.pause') },
      { to: '#/read', label: t('common.waysBack.read') },
      { to: '#/settings', label: t('common.waysBack.settingsShort') },
    ];
    return (
      <main className="screen-main" data-testid="preview-closed">
        <h1>{t('common.preview.closedHeading')}</h1>
        <p className="muted">{t('common.preview.closedNote')}</p>
        <ul className="ways-back">
          {ways.map((w) => (
            <li key={w.label}>
              <button type="button" className="link-button" onClick={() => reopen(w.to)}>
                {w.label}
              </button>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  if (!route) return <NotFoundScreen hash={window.location.hash} />;
  return (
    <>
      <Notice />
      <Suspense fallback={null}>
        <Screen name={route.name} params={route.params} />
      </Suspense>
    </>
  );
}
