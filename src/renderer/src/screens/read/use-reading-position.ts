// Follows how far through the article the person is: drives the progress bar, restores the saved
// position on open, keeps the place when the text size changes, and saves the position once the
// page has been still for a second (and once more on close): a long scroll is one save, never one
// per scroll event or per half second — each save is a disk write in main.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { updateSettings } from '../../app/use-main-state';

/** Saves wait until scrolling has paused this long; every further scroll event restarts the wait. */
export const SAVE_WHEN_STILL_MS = 1000;

function maxScroll(): number {
  return Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
}

function currentFraction(): number {
  const max = maxScroll();
  return max <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / max));
}

function scrollToFraction(fraction: number): void {
  window.scrollTo({ top: Math.round(fraction * maxScroll()), behavior: 'instant' });
}

export interface ReadingPosition {
  /** 0..1, for the progress bar. */
  progress: number;
  /** The saved position we restored on open, while it is worth mentioning; else null. */
  restoredFrom: number | null;
  dismissRestored(): void;
  /** Writes the current position now (on close). */
  flush(): void;
  /** Notes the current position now, before a change that reflows the text. */
  capture(): void;
}

/**
 * `saved` is the stored position (undefined: none), read once when the article first renders.
 * `layoutKey` changes whenever the layout reflows (text size), so the place can be kept.
 */
export function useReadingPosition(articleId: string, saved: number | undefined, layoutKey: unknown): ReadingPosition {
  const [progress, setProgress] = useState(0);
  const [restoredFrom, setRestoredFrom] = useState<number | null>(null);
  const fraction = useRef(saved ?? 0);
  const lastSaved = useRef(saved ?? 0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frame = useRef(0);
  const restored = useRef(false);

  const save = useCallback(
    (live = false) => {
      // Scroll events arrive a frame late: on close, read where the page is right now.
      if (live) fraction.current = currentFraction();
      if (timer.current !== null) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      if (maxScroll() <= 0) return;
      const value = Math.round(fraction.current * 10_000) / 10_000;
      if (Math.abs(value - lastSaved.current) < 0.0005) return;
      lastSaved.current = value;
      updateSettings({ reading: { positions: { [articleId]: value } } }).catch((err: unknown) =>
        console.warn('Could not save the reading position:', err),
      );
    },
    [articleId],
  );

  // Restore once, before the first paint, so the article never flashes at the top.
  useLayoutEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (saved !== undefined && saved > 0) {
      scrollToFraction(saved);
      fraction.current = saved;
      if (saved > 0.02 && saved < 0.98) setRestoredFrom(saved);
    }
    setProgress(currentFraction());
  }, [saved]);

  // Text size changed: the same place, not the same pixel offset.
  const firstLayout = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs because the layout changed
  useLayoutEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    scrollToFraction(fraction.current);
  }, [layoutKey]);

  // Listening from layout time, so nothing the person does right after opening is lost.
  useLayoutEffect(() => {
    const onScroll = () => {
      fraction.current = currentFraction();
      if (!frame.current) {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          setProgress(fraction.current);
        });
      }
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => save(), SAVE_WHEN_STILL_MS);
    };
    const onResize = () => setProgress(currentFraction());
    const onHide = () => save(true);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      window.removeEventListener('pagehide', onHide);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      save();
    };
  }, [save]);

  const dismissRestored = useCallback(() => setRestoredFrom(null), []);
  const flush = useCallback(() => save(true), [save]);
  const capture = useCallback(() => {
    fraction.current = currentFraction();
  }, []);
  return { progress, restoredFrom, dismissRestored, flush, capture };
}
