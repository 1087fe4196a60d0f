// The renderer's hash routes and which window shows each. Pure, shared by main and renderer.
import type { MessageId } from './i18n/translator';
import type { ReminderStart } from './settings';

export type Purpose = 'practice' | 'read' | 'settings';

export const ROUTES = [
  'practice',
  'practice/breathe',
  'practice/acknowledge',
  'read',
  'settings',
  'history',
  'about',
  'crisis',
] as const;
export type RouteName = (typeof ROUTES)[number];

/** `#/practice/breathe?pattern=box&cycles=3` — names and values limited to a safe alphabet. */
export const ROUTE_PATTERN =
  /^#\/(practice(?:\/breathe|\/acknowledge)?|read|settings|history|about|crisis)(\?[a-z0-9]+=[a-z0-9.-]+(?:&[a-z0-9]+=[a-z0-9.-]+)*)?$/;

export interface ParsedRoute {
  name: RouteName;
  params: Record<string, string>;
}

export function parseRoute(hash: string): ParsedRoute | null {
  const m = ROUTE_PATTERN.exec(hash);
  if (!m) return null;
  const params: Record<string, string> = {};
  if (m[2]) {
    for (const pair of m[2].slice(1).split('&')) {
      const [k, v] = pair.split('=');
      if (k && v !== undefined) params[k] = v;
    }
  }
  return { name: m[1] as RouteName, params };
}

export function purposeOf(route: RouteName): Purpose {
  if (route.startsWith('practice')) return 'practice';
  if (route === 'read') return 'read';
  return 'settings';
}

/** Each route's title, as a catalog id: window and document titles, "Open … again". */
export const ROUTE_TITLES: Record<RouteName, MessageId> = {
  practice: 'common.route.practice',
  'practice/breathe': 'common.route.breathe',
  'practice/acknowledge': 'common.route.acknowledge',
  read: 'common.route.read',
  settings: 'common.route.settings',
  history: 'common.route.history',
  about: 'common.route.about',
  crisis: 'common.route.crisis',
};

/** Routes the tray's quick breaks open (and what a reminder can begin). */
export const QUICK_BREAKS = {
  short: '#/practice?kind=short',
  breathe: '#/practice/breathe?minutes=1&kind=breathe',
  compassion: '#/practice?kind=compassion',
  'three-breaths': '#/practice/breathe?cycles=3&kind=three-breaths',
} as const;
export type QuickBreak = keyof typeof QUICK_BREAKS;

/** The route a reminder's Start opens, for each choice in Settings ("What a reminder begins"). */
export const REMINDER_ROUTES = {
  short: QUICK_BREAKS.short,
  breathe: QUICK_BREAKS.breathe,
  'three-breaths': QUICK_BREAKS['three-breaths'],
  full: '#/practice',
} as const satisfies Record<ReminderStart, string>;
