// The page's `window.attune`: installed into every window's page before its scripts run (an
// init script). Each call crosses to the app process through a Playwright binding, where the
// object the built preload exposed with contextBridge answers it. What the page can reach is
// exactly that object's two functions, as with contextBridge.
//
// One difference from contextBridge, stated plainly: contextBridge calls the preload's function
// synchronously, so `on` with an unknown event throws at once. Here the preload runs in another
// process, so its refusal is logged to the page console instead. Attune's renderer only
// subscribes to contract events; invoke() errors reach the caller unchanged.

/** The binding's name (exposed on the page's window by Playwright). */
export const BINDING = '__attuneIpc';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function installPageBridge(binding: string): void {
  const w = window as unknown as Record<string, unknown>;
  const call = (message: unknown) => (w[binding] as (m: unknown) => Promise<Reply>)(message);
  const listeners = new Map<number, (data: unknown) => void>();
  let lastSub = 0;
  Object.defineProperty(window, '__attuneDeliver', {
    value: (subId: number, data: unknown) => listeners.get(subId)?.(data),
  });
  const api = Object.freeze({
    async invoke(channel: string, ...payload: unknown[]) {
      const reply = await call({ op: 'invoke', channel, payload });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    on(event: string, listener: (data: unknown) => void) {
      const subId = ++lastSub;
      listeners.set(subId, listener);
      void call({ op: 'on', event, subId }).then((reply) => {
        if (!reply.ok) console.error(`attune.on("${event}") refused: ${reply.error}`);
      });
      return () => {
        listeners.delete(subId);
        void call({ op: 'off', subId });
      };
    },
  });
  Object.defineProperty(window, 'attune', { value: api, enumerable: true });
}
