// Telling every listener about a change, whatever one of them does: a listener that throws is
// reported and the others still hear (a throwing tray update must not stop the broadcast to
// windows, or the start-at-login update). Pure.

export type ListenerError = (err: unknown) => void;

const report: ListenerError = (err) => console.error('attune: a listener of a change threw:', err);

/** Calls each listener with `args`, in order; errors go to `onError`, never to the caller. */
export function notifyAll<A extends unknown[]>(
  listeners: Iterable<(...args: A) => void>,
  args: A,
  onError: ListenerError = report,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch (err) {
      onError(err);
    }
  }
}
