// Route → screen. Screens load lazily so each window downloads only the code it shows.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { RouteName } from '../../../shared/routes';
import { api } from './bridge';
import { useMainNavigation, useRoute } from './router';
import { useTheme } from './theme';
import { useSettings } from './use-main-state';

const PracticeScreen = lazy(() => import('../screens/practice/PracticeScreen'));
const ReadScreen = lazy(() => import('../screens/read/ReadScreen'));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen'));
const HistoryScreen = lazy(() => import('../screens/history/HistoryScreen'));
const AboutScreen = lazy(() => import('../screens/about/AboutScreen'));

function Screen({ name, params }: { name: RouteName; params: Record<string, string> }) {
  switch (name) {
    case 'practice':
    case 'practice/breathe':
    case 'practice/acknowledge':
      return <PracticeScreen route={name} params={params} />;
    case 'read':
      return <ReadScreen params={params} />;
    case 'settings':
      return <SettingsScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'about':
      return <AboutScreen />;
  }
}

/** A message from main the person should see once (e.g. a settings file was repaired). */
function Notice() {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void api().invoke('notice:take').then(setNotice);
  }, []);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      {notice}{' '}
      <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}

export function App() {
  const route = useRoute();
  const settings = useSettings();
  // The reading view has its own theme (sepia among them); elsewhere the app-wide one applies.
  const readingTheme = route?.name === 'read' ? settings?.reading.theme : undefined;
  useTheme(settings, readingTheme && readingTheme !== 'system' ? readingTheme : undefined);
  useMainNavigation();
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    if (!__WEB_PREVIEW__) return;
    const onClose = () => setClosed(true);
    const onRoute = () => setClosed(false);
    window.addEventListener('attune:preview-close', onClose);
    window.addEventListener('hashchange', onRoute);
    return () => {
      window.removeEventListener('attune:preview-close', onClose);
      window.removeEventListener('hashchange', onRoute);
    };
  }, []);
  if (__WEB_PREVIEW__ && closed) {
    return (
      <main className="screen-main" data-testid="preview-closed">
        <h1>Window closed</h1>
        <p className="muted">In the app this window would now close. This is the web preview.</p>
        <p>
          <a href="#/practice">Take a pause</a> · <a href="#/read">Read</a> · <a href="#/settings">Settings</a>
        </p>
      </main>
    );
  }
  if (!route) return null;
  return (
    <>
      <Notice />
      <Suspense fallback={null}>
        <Screen name={route.name} params={route.params} />
      </Suspense>
    </>
  );
}
