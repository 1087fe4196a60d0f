// A request's size is checked before anything walks or merges it (issue 15, point 12): a patch
// with a million keys in reading.positions used to be walked key by key (and merged) before the
// 100-entry limit refused it, blocking main for seconds.
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../src/main/core/ipc-dispatch';
import { SettingsService } from '../../../src/main/core/settings-service';
import { checkRequest, PAYLOAD_LIMITS, payloadSizeProblem, REQUEST_CHANNELS } from '../../../src/shared/contract';
import { defaultSettings, settingsSchema } from '../../../src/shared/settings';

function millionKeys(): Record<string, number> {
  const positions: Record<string, number> = {};
  for (let i = 0; i < 1_000_000; i++) positions[`a${i}`] = 0.5;
  return positions;
}

describe('payload size guard', () => {
  it('a settings patch with a million reading positions is refused before the handler, reading at most the limit', async () => {
    const positions = millionKeys();
    const walked = vi.spyOn(settingsSchema, 'check');
    const settings = new SettingsService(defaultSettings(), () => {});
    const update = vi.spyOn(settings, 'update');
    const handlers = Object.fromEntries(REQUEST_CHANNELS.map((c) => [c, () => null])) as unknown as Handlers<null>;
    handlers['settings:update'] = (patch) => settings.update(patch);
    const dispatch = createDispatcher(handlers);
    const reply = await dispatch('settings:update', { reading: { positions } }, null, true);
    expect(reply).toEqual({
      ok: false,
      error: `invalid request: settings:update is too large (more than ${PAYLOAD_LIMITS.values} values)`,
    });
    expect(update).not.toHaveBeenCalled();
    expect(walked).not.toHaveBeenCalled();
    expect(settings.get()).toEqual(defaultSettings());
  }, 60_000);

  it('a whole settings object at every list and map limit passes', () => {
    const s = defaultSettings();
    const full = {
      ...s,
      schedule: {
        ...s.schedule,
        activeHours: Array.from({ length: 28 }, () => ({ days: [0, 1, 2, 3, 4, 5, 6], start: '09:00', end: '17:00' })),
      },
      practice: {
        ...s.practice,
        phrases: {
          naming: Array(20).fill('x'.repeat(200)),
          common: Array(20).fill('x'.repeat(200)),
          kindness: Array(20).fill('x'.repeat(200)),
        },
      },
      reading: {
        ...s.reading,
        positions: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${'a'.repeat(70)}${i}`, 0.5])),
      },
      crisisNote: 'x'.repeat(2000),
    };
    const { version: _v, ...patch } = full;
    expect(payloadSizeProblem(patch)).toBeNull();
    expect(checkRequest('settings:update', patch)).toBeNull();
  });

  it('deep nesting and huge text are refused too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(checkRequest('settings:update', deep)).toMatch(/nested too deeply/);
    expect(checkRequest('window:open', { route: 'x'.repeat(200_000) })).toMatch(/too large/);
    expect(checkRequest('practice:finish', Array(1_000_000).fill(0))).toMatch(/too large/);
  });
});
