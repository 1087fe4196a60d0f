// Test helpers around the replay harness's virtual world (tools/simulate/engine.ts).
import { defaultSettings, mergeDeep, type Settings, type SettingsPatch } from '../../../../src/shared/settings';
import { World } from '../../../../tools/simulate/engine';

export const MIN = 60_000;

/** An instant from an ISO string with an explicit offset, e.g. "2026-06-01T09:00+02:00". */
export const t = (iso: string): number => {
  const v = Date.parse(iso);
  if (!Number.isFinite(v)) throw new Error(`bad instant ${iso}`);
  return v;
};

export function settingsWith(patch: SettingsPatch = {}): Settings {
  return mergeDeep(defaultSettings(), patch);
}

export function world(start: string, patch: SettingsPatch = {}, timezone = 'Europe/Berlin'): World {
  const w = new World({ timezone, start: t(start), settings: settingsWith(patch) });
  w.recordDetails = true;
  return w;
}

/** Times (ISO, UTC) of every reminder shown so far. */
export const shownAt = (w: World): string[] => w.notices.map((n) => new Date(n.at).toISOString());

export const iso = (ms: number): string => new Date(ms).toISOString();
