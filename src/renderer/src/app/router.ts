// Hash routing: the route is whatever `location.hash` says, parsed by the shared route table.
import { useEffect, useSyncExternalStore } from 'react';
import { type ParsedRoute, parseRoute } from '../../../shared/routes';
import { api } from './bridge';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

// Whether this window has moved from one route to another since it loaded: a screen shown after
// such a move puts focus on its heading (a first screen leaves focus where the window put it).
let navigations = 0;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => navigations++);
export const arrivedByNavigation = (): boolean => navigations > 0;

export function useRoute(): ParsedRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash || '#/about');
}

export function navigate(route: string): void {
  if (window.location.hash !== route) window.location.hash = route.slice(1);
}

/** Main asks an open window to show another route of its purpose. */
export function useMainNavigation(): void {
  useEffect(() => api().on('navigate', (route) => navigate(route)), []);
}
