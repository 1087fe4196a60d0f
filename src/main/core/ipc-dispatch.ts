// Every request from a window passes through here: sender checked, channel known, payload
// valid — or a clear error comes back and nothing runs. Pure, so it is tested without Electron.
import {
  checkRequest,
  type Envelope,
  isRequestChannel,
  type RequestChannel,
  type RequestOf,
  type ResponseOf,
} from '../../shared/contract';

export type Handlers<Ctx> = {
  [C in RequestChannel]: (payload: RequestOf<C>, ctx: Ctx) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export type Dispatch<Ctx> = (
  channel: unknown,
  payload: unknown,
  ctx: Ctx,
  trusted: boolean,
) => Promise<Envelope<unknown>>;

export function createDispatcher<Ctx>(
  handlers: Handlers<Ctx>,
  /** Hears the detail of every refused or failed request (for the log). */
  log: (channel: string, message: string) => void = () => {},
): Dispatch<Ctx> {
  return async (channel, payload, ctx, trusted) => {
    if (!trusted) return { ok: false, error: 'request refused: it did not come from an Attune window' };
    if (!isRequestChannel(channel)) return { ok: false, error: checkRequest(channel, payload) ?? 'unknown channel' };
    const problem = checkRequest(channel, payload);
    if (problem) return { ok: false, error: `invalid request: ${problem}` };
    try {
      const handler = handlers[channel] as (p: unknown, c: Ctx) => unknown;
      return { ok: true, value: await handler(payload, ctx) };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      log(channel, error);
      return { ok: false, error };
    }
  };
}
