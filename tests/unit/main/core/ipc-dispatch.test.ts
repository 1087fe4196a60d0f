// The dispatcher every request passes through: untrusted senders, unknown channels and invalid
// payloads get a clear error and the handler never runs; valid requests reach their handler.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../../src/main/core/ipc-dispatch';
import { REQUEST_CHANNELS, type RequestChannel } from '../../../../src/shared/contract';
import { invalidPayload, VALID } from '../../../support/ipc-payloads';

type Ctx = { from: string };

function setup() {
  const calls: [RequestChannel, unknown, Ctx][] = [];
  const handlers = Object.fromEntries(
    REQUEST_CHANNELS.map((c) => [
      c,
      vi.fn((payload: unknown, ctx: Ctx) => {
        calls.push([c, payload, ctx]);
        return `handled ${c}`;
      }),
    ]),
  ) as unknown as Handlers<Ctx>;
  return { dispatch: createDispatcher(handlers), calls, handlers };
}

const ctx: Ctx = { from: 'test' };

describe('createDispatcher', () => {
  it.each(Object.entries(VALID))('%s: a valid request reaches its handler with payload and context', async (c, p) => {
    const { dispatch, calls } = setup();
    expect(await dispatch(c, p, ctx, true)).toEqual({ ok: true, value: `handled ${c}` });
    expect(calls).toEqual([[c, p, ctx]]);
  });

  it('a request from outside Attune is refused before anything else, even on a valid channel', async () => {
    const { dispatch, calls } = setup();
    for (const [c, p] of Object.entries(VALID)) {
      expect(await dispatch(c, p, ctx, false)).toEqual({
        ok: false,
        error: 'request refused: it did not come from an Attune window',
      });
    }
    expect(calls).toEqual([]);
  });

  it.each([
    'settings:set',
    'SETTINGS:GET',
    '',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'app:info ',
    'electron-store-get-data',
  ])('unknown channel %j is refused and named', async (c) => {
    const { dispatch, calls } = setup();
    const result = await dispatch(c, undefined, ctx, true);
    expect(result).toEqual({ ok: false, error: `unknown channel ${JSON.stringify(c)}` });
    expect(calls).toEqual([]);
  });

  it('a channel name that is not text is refused', async () => {
    const { dispatch, calls } = setup();
    for (const c of [42, null, undefined, {}, ['app:info'], Symbol.iterator]) {
      const result = await dispatch(c, undefined, ctx, true);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^unknown channel/);
    }
    expect(calls).toEqual([]);
  });

  it.each(REQUEST_CHANNELS)(
    '%s: 300 random invalid payloads are refused with a message; the handler never runs',
    async (c) => {
      const { dispatch, calls } = setup();
      await fc.assert(
        fc.asyncProperty(invalidPayload(c), async (payload) => {
          const result = await dispatch(c, payload, ctx, true);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatch(/^invalid request: .+/);
        }),
        { numRuns: 300 },
      );
      expect(calls).toEqual([]);
    },
  );

  it('names the problem in the message', async () => {
    const { dispatch } = setup();
    expect(await dispatch('reminders:pause', { for: '3h' }, ctx, true)).toEqual({
      ok: false,
      error: 'invalid request: reminders:pause.for must be one of 30m, 1h, 2h, tomorrow, not "3h"',
    });
    expect(await dispatch('window:open', { route: '#/read', x: 1 }, ctx, true)).toEqual({
      ok: false,
      error: 'invalid request: window:open.x is not a known field',
    });
    expect(await dispatch('app:info', { please: true }, ctx, true)).toEqual({
      ok: false,
      error: 'invalid request: app:info must be empty',
    });
  });

  it('a handler that throws comes back as an error envelope with its message', async () => {
    const { handlers } = setup();
    (handlers['window:open'] as ReturnType<typeof vi.fn>).mockImplementation(() => {
      throw new Error('no such screen: #/read');
    });
    (handlers['data:export'] as ReturnType<typeof vi.fn>).mockImplementation(async () => {
      throw 'disk full';
    });
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('window:open', { route: '#/read' }, ctx, true)).toEqual({
      ok: false,
      error: 'no such screen: #/read',
    });
    expect(await dispatch('data:export', undefined, ctx, true)).toEqual({ ok: false, error: 'disk full' });
  });

  it('async handlers are awaited', async () => {
    const { handlers } = setup();
    (handlers['history:list'] as ReturnType<typeof vi.fn>).mockImplementation(async () => [{ id: 'a' }]);
    expect(await createDispatcher(handlers)('history:list', undefined, ctx, true)).toEqual({
      ok: true,
      value: [{ id: 'a' }],
    });
  });
});
