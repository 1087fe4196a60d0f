// Settings over IPC, end to end without Electron: the real dispatcher (sender + payload checks),
// SettingsService and HistoryService, and the real store writing to a temporary folder.
// Random bad payloads must be refused without touching the files; two windows writing at once
// must leave a file that matches what main holds.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStores, type StoreBackendClass } from '../../../src/main/adapters/store';
import { HistoryService } from '../../../src/main/core/history-service';
import { createDispatcher, type Handlers } from '../../../src/main/core/ipc-dispatch';
import { SettingsService } from '../../../src/main/core/settings-service';
import { REQUEST_CHANNELS } from '../../../src/shared/contract';
import type { PauseRecord } from '../../../src/shared/history';
import { isPlainObject } from '../../../src/shared/schema';
import { applySettingsPatch, defaultSettings, type Settings } from '../../../src/shared/settings';

interface Window {
  id: number;
}

const RUNS = 300;

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-ipc-'));
  const stores = openStores({ cwd: dir, Backend: Conf as unknown as StoreBackendClass });
  const settings = new SettingsService(stores.settings, stores.saveSettings);
  let n = 0;
  const history = new HistoryService(stores.history, stores.saveHistory, () => `id-${++n}`);
  const handlers = Object.fromEntries(
    REQUEST_CHANNELS.map((c) => [
      c,
      () => {
        throw new Error(`${c} is not part of this test`);
      },
    ]),
  ) as unknown as Handlers<Window>;
  handlers['settings:get'] = () => settings.get();
  handlers['settings:update'] = (patch) => settings.update(patch);
  handlers['history:list'] = () => history.list();
  handlers['history:clear'] = () => history.clear();
  const dispatch = createDispatcher<Window>(handlers);
  const files = stores.files;
  const snapshot = () => ({
    settings: readFileSync(files.settings, 'utf8'),
    history: readFileSync(files.history, 'utf8'),
  });
  return { dir, stores, settings, history, dispatch, snapshot };
}

let env: ReturnType<typeof setup>;
beforeEach(() => {
  delete process.env.SNAP;
  env = setup();
  // Some real content, so "unchanged" is not trivially an empty file.
  env.settings.update({ schedule: { intervalMinutes: 45 }, crisisNote: 'Call Sam.' });
  env.history.add({ kind: 'breathe', startedAt: 1_700_000_000_000, durationSeconds: 60, completed: true });
});

// ---------- generators of bad payloads ----------

/** Every leaf path of the settings, e.g. ['schedule', 'intervalMinutes']. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}
const LEAVES = leafPaths(defaultSettings()).filter((p) => p[0] !== 'version');

function nest(pathParts: string[], value: unknown): Record<string, unknown> {
  return pathParts.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

const isRejected = (patch: unknown) => !isPlainObject(patch) || !applySettingsPatch(defaultSettings(), patch).ok;

/** A known setting with a value of the wrong kind or out of range. */
const wrongValue = fc
  .tuple(fc.constantFrom(...LEAVES), fc.anything({ withNullPrototype: false }))
  .map(([p, v]) => nest(p, v))
  .filter(isRejected);

/** Real sections with keys that are not settings. */
const unknownKey = fc
  .tuple(
    fc.constantFrom([], ['schedule'], ['practice'], ['practice', 'custom'], ['reading'], ['system']),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.jsonValue(),
  )
  .filter(([where, key]) => {
    const section = where.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], defaultSettings());
    return isPlainObject(section) && !(key in section) && !['__proto__', 'constructor', 'prototype'].includes(key);
  })
  .map(([where, key, v]) => nest([...where, key], v));

/** Payloads that are not an object at all. */
const notAnObject = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything()),
  fc.date(),
);

/** Attempts to change the version or to reach Object.prototype through the merge. */
const sneaky = fc.oneof(
  fc.anything().map((v) => ({ version: v })),
  fc.jsonValue().map((v) => JSON.parse(`{"__proto__": ${JSON.stringify({ polluted: v ?? 1 })}}`)),
  fc.jsonValue().map((v) => ({ constructor: { prototype: { polluted: v } } })),
  fc.constantFrom(...LEAVES).map((p) => JSON.parse(JSON.stringify(nest(p, 0)).replace(/^\{/, '{"__proto__":{"x":1},'))),
  fc
    .tuple(fc.constantFrom('schedule', 'practice', 'reading', 'system'), fc.jsonValue())
    .map(([section, v]) => JSON.parse(`{"${section}": {"__proto__": ${JSON.stringify({ polluted: v ?? 1 })}}}`)),
);

const badPatch = fc.oneof(wrongValue, unknownKey, notAnObject, sneaky);

/** Anything except nothing (channels that take no payload accept undefined and null). */
const somePayload = fc.anything().filter((v) => v !== undefined && v !== null);

// ---------- properties ----------

describe(`${RUNS} random bad payloads per channel are refused and change nothing`, () => {
  it('settings:update', async () => {
    const before = env.snapshot();
    const held = structuredClone(env.settings.get());
    let heard = 0;
    env.settings.subscribe(() => heard++);
    await fc.assert(
      fc.asyncProperty(badPatch, fc.boolean(), async (patch, trusted) => {
        const result = await env.dispatch('settings:update', patch, { id: 1 }, trusted);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
        expect(env.snapshot()).toEqual(before);
        expect(env.settings.get()).toEqual(held);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    expect(heard).toBe(0);
  });

  it.each(['settings:get', 'history:list', 'history:clear'] as const)('%s', async (channel) => {
    const before = env.snapshot();
    const held: PauseRecord[] = structuredClone(env.history.list());
    await fc.assert(
      fc.asyncProperty(somePayload, async (payload) => {
        const result = await env.dispatch(channel, payload, { id: 1 }, true);
        expect(result).toEqual({ ok: false, error: expect.stringMatching(/^invalid request: .* must be empty$/) });
        expect(env.snapshot()).toEqual(before);
        expect(env.history.list()).toEqual(held);
      }),
      { numRuns: RUNS },
    );
  });

  it('a window that is not Attune’s is refused even with a valid change', async () => {
    const before = env.snapshot();
    const result = await env.dispatch('settings:update', { crisisNote: 'changed' }, { id: 9 }, false);
    expect(result.ok).toBe(false);
    expect(env.snapshot()).toEqual(before);
  });

  it('the generators do produce valid-looking shapes the merge could accept (sanity)', () => {
    // Guards against a generator that only ever yields trivially rejected junk.
    const samples = fc.sample(wrongValue, 200);
    expect(samples.every((p) => isPlainObject(p))).toBe(true);
    const touched = new Set(samples.map((p) => Object.keys(p)[0]));
    expect(touched.size).toBeGreaterThanOrEqual(5);
  });
});

describe('valid changes', () => {
  it('are written, and the file always equals what main holds', async () => {
    const result = await env.dispatch('settings:update', { practice: { pattern: 'sigh' } }, { id: 1 }, true);
    expect(result.ok).toBe(true);
    expect(JSON.parse(env.snapshot().settings)).toEqual(env.settings.get());
    expect(env.settings.get().practice.pattern).toBe('sigh');
  });

  it('a change that changes nothing writes nothing and tells no one', async () => {
    let heard = 0;
    env.settings.subscribe(() => heard++);
    const before = env.snapshot();
    const result = await env.dispatch('settings:update', { schedule: { intervalMinutes: 45 } }, { id: 1 }, true);
    expect(result.ok).toBe(true);
    expect(heard).toBe(0);
    expect(env.snapshot()).toEqual(before);
  });
});

describe('two windows writing at once', () => {
  it('end in a consistent file holding both windows’ last changes, every change heard in order', async () => {
    const heard: Settings[] = [];
    env.settings.subscribe((s) => heard.push(s));
    const a = { id: 1 };
    const b = { id: 2 };
    const intervals = Array.from({ length: 100 }, (_, i) => 10 + i);
    const volumes = Array.from({ length: 100 }, (_, i) => i / 100);
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      calls.push(env.dispatch('settings:update', { schedule: { intervalMinutes: intervals[i] } }, a, true));
      calls.push(env.dispatch('settings:update', { practice: { volume: volumes[i] } }, b, true));
      if (i % 10 === 0) calls.push(env.dispatch('settings:update', { crisisNote: `note ${i}` }, i % 20 ? a : b, true));
    }
    const results = await Promise.all(calls);
    expect(results.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const onDisk = JSON.parse(env.snapshot().settings) as Settings;
    expect(onDisk).toEqual(env.settings.get());
    expect(onDisk.schedule.intervalMinutes).toBe(109);
    expect(onDisk.practice.volume).toBe(0.99);
    expect(onDisk.crisisNote).toBe('note 90');
    // Each change was applied over the one before, in the order sent, and every one was heard.
    const seenVolumes = heard.map((s) => s.practice.volume).filter((v, i, all) => i === 0 || v !== all[i - 1]);
    expect(seenVolumes).toEqual([defaultSettings().practice.volume, ...volumes]);
    // And a fresh start reads exactly this.
    const reopened = openStores({ cwd: env.dir, Backend: Conf as unknown as StoreBackendClass });
    expect(reopened.settings).toEqual(env.settings.get());
    expect(reopened.notice).toBeNull();
  });
});
