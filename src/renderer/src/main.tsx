import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { connectBridge } from './app/bridge';
import { connectLocale } from './app/i18n';
import './styles/tokens.css';
import './styles/base.css';

// The first screen's code and words load while the bridge connects, so it renders without a fallback.
void Promise.all([
  connectBridge().then(connectLocale),
  preloadScreen(window.location.hash).catch(() => undefined),
]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
