// Typing settles before it is saved (one save per pause in typing, not one per key) — and what
// was typed is still saved when the window closes or the screen changes before it settled.
import { useEffect, useRef } from 'react';

export interface Settle {
  /** Runs `save` once typing has paused for the settle time (replacing any save still waiting). */
  later(save: () => void): void;
  /** Forgets the waiting save (the caller is saving now). */
  cancel(): void;
}

export function useSettle(ms: number): Settle {
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void } | null>(null);
  const settle = useRef<Settle | null>(null);
  settle.current ??= {
    later(save) {
      settle.current?.cancel();
      const timer = setTimeout(() => {
        pending.current = null;
        save();
      }, ms);
      pending.current = { timer, save };
    },
    cancel() {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    },
  };
  useEffect(() => {
    const now = () => {
      const p = pending.current;
      if (!p) return;
      clearTimeout(p.timer);
      pending.current = null;
      p.save();
    };
    // pagehide: the window is closing (its close button, Esc elsewhere, or quitting Attune).
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, []);
  return settle.current;
}
