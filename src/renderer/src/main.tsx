import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { connectBridge } from './app/bridge';
import './styles/tokens.css';
import './styles/base.css';

// The first screen's code loads while the bridge connects, so it renders without a fallback.
void Promise.all([connectBridge(), preloadScreen(window.location.hash).catch(() => undefined)]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
