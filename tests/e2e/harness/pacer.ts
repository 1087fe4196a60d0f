// Watches the breathing guide from inside its page: when its phase changes, by the page's clock.
import type { Page } from '@playwright/test';

/** Resolves with the next `count` phase changes of the pacer: [phase, ms since the first]. */
export function nextPhaseChanges(page: Page, count: number): Promise<[string, number][]> {
  return page.evaluate(
    (n) =>
      new Promise<[string, number][]>((resolve) => {
        const pacer = document.querySelector<HTMLElement>('[data-testid="pacer"]');
        if (!pacer) throw new Error('no pacer on the page');
        const seen: [string, number][] = [];
        let last = pacer.dataset.phase;
        const observer = new MutationObserver(() => {
          const phase = pacer.dataset.phase ?? '';
          if (phase === last) return;
          last = phase;
          seen.push([phase, performance.now()]);
          if (seen.length === n) {
            observer.disconnect();
            const t0 = seen[0]?.[1] ?? 0;
            resolve(seen.map(([p, t]) => [p, Math.round(t - t0)]));
          }
        });
        observer.observe(pacer, { attributes: true, attributeFilter: ['data-phase'] });
      }),
    count,
  );
}
