// The app process's end of the channel to the test process (Node's IPC channel of a forked child).
import type { AppToTest, TestRequest, TestToApp } from './messages';

type Handler = (request: TestRequest) => unknown;

let lastSeq = 0;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

/** Sends a message to the test process; `done` runs once it has left this process. */
export function send(message: AppToTest, done?: () => void): void {
  if (!process.send || !process.connected) {
    done?.();
    return;
  }
  process.send(message, undefined, {}, () => done?.());
}

/** Asks the test process to do something and resolves with its answer. */
export function call(op: Extract<AppToTest, { type: 'call' }>['op']): Promise<unknown> {
  const seq = ++lastSeq;
  return new Promise((resolve, reject) => {
    pending.set(seq, { resolve, reject });
    send({ type: 'call', seq, op });
  });
}

/** Answers the test process's requests with `handler` (in arrival order, each as it comes). */
export function listen(handler: Handler): void {
  process.on('message', (message: TestToApp) => {
    if (message.type === 'reply') {
      const p = pending.get(message.seq);
      pending.delete(message.seq);
      if (message.ok) p?.resolve(message.value);
      else p?.reject(new Error(message.error));
      return;
    }
    const { seq, request } = message;
    let result: unknown;
    try {
      result = handler(request);
    } catch (err) {
      send({ type: 'reply', seq, ok: false, error: errorText(err) });
      return;
    }
    Promise.resolve(result).then(
      (value) => send({ type: 'reply', seq, ok: true, value }),
      (err: unknown) => send({ type: 'reply', seq, ok: false, error: errorText(err) }),
    );
  });
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
