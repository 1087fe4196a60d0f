// Reduced motion: the person's setting wins ("always" / "never"); "system" follows the OS.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const mql = window.matchMedia(QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

export function useReducedMotion(setting: 'system' | 'always' | 'never'): boolean {
  const system = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
  return setting === 'always' || (setting === 'system' && system);
}
