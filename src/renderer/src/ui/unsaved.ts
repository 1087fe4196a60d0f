// Edits typed but not saved yet. A field registers here while it holds one (a number still
// settling, a phrase being typed, a value that can't be saved as it stands), so that closing the
// window — Esc, the Close button — saves what can be saved first and asks about the rest, and the
// settings header can say plainly what isn't saved instead of "saved as you make them".
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { api } from '../app/bridge';

export interface UnsavedEdit {
  /** What the person calls the field: "Time between pauses", "Active hours, range 2". */
  label: string;
  /** Why it can't be saved as it stands, or null while it is only waiting to be saved. */
  problem: string | null;
  /** Saves it now; resolves to null once saved, or to why it can't be. */
  flush(): Promise<string | null>;
  /** Puts focus on the field, so the person can fix it. */
  focus(): void;
}

export interface UnsavedProblem {
  label: string;
  problem: string;
  focus(): void;
}

const edits = new Map<symbol, () => UnsavedEdit | null>();
const listeners = new Set<() => void>();
let problems: UnsavedProblem[] = [];
let blocked: UnsavedProblem[] | null = null;

function changed(): void {
  problems = [];
  for (const read of edits.values()) {
    const e = read();
    if (e?.problem) problems.push({ label: e.label, problem: e.problem, focus: () => e.focus() });
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Edits that can't be saved as they stand, in the order their fields registered. */
export function useUnsavedProblems(): UnsavedProblem[] {
  return useSyncExternalStore(subscribe, () => problems);
}

/** Set while a close was held back because something can't be saved; null otherwise. */
export function useCloseBlocked(): UnsavedProblem[] | null {
  return useSyncExternalStore(subscribe, () => blocked);
}

export function dismissCloseBlocked(): void {
  blocked = null;
  changed();
}

/** Saves every pending edit now. Resolves to the ones that could not be saved, and why. */
export async function flushUnsaved(): Promise<UnsavedProblem[]> {
  const pending = [...edits.values()].map((read) => read()).filter((e): e is UnsavedEdit => e !== null);
  const results = await Promise.all(pending.map(async (e) => ({ e, problem: await e.flush() })));
  return results
    .filter((r): r is { e: UnsavedEdit; problem: string } => r.problem !== null)
    .map(({ e, problem }) => ({ label: e.label, problem, focus: () => e.focus() }));
}

/**
 * Closes this window once every typed change is saved. When something can't be saved, the window
 * stays open and the screen asks (see ScreenFrame); `force` closes without it.
 */
export async function closeWindow(options?: { force?: boolean }): Promise<void> {
  if (options?.force !== true) {
    const left = await flushUnsaved();
    if (left.length > 0) {
      blocked = left;
      changed();
      return;
    }
  }
  blocked = null;
  // Set for good in the app: the close may reach this page before the reply does.
  leaving = true;
  try {
    await api().invoke('window:close');
  } catch (err) {
    leaving = false;
    throw err;
  }
  // The web preview stays open after "closing" (its placeholder can open the screen again).
  if (__WEB_PREVIEW__) leaving = false;
}

// A window closed another way (the title bar, the system) still saves what can be saved: the
// requests go out before the page is torn down.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushUnsaved());

// Closed from the title bar while something can't be saved: the window stays and asks, as Esc
// does. In Electron a `beforeunload` handler that sets `returnValue` cancels the close without
// any prompt (electron.d.ts, BrowserWindow 'close' event); quitting destroys windows without
// this event, so Quit is never held up. A browser tab would show its own prompt instead, so the
// web preview only shows the question.
let leaving = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (leaving || problems.length === 0) return;
    blocked = problems;
    changed();
    if (!__WEB_PREVIEW__) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
}

/**
 * Registers the field's unsaved edit while `edit` is not null. When the field goes away (the
 * screen changes), a pending edit is saved rather than dropped.
 */
export function useUnsaved(edit: UnsavedEdit | null): void {
  const key = useRef<symbol | null>(null);
  key.current ??= Symbol('edit');
  const latest = useRef(edit);
  latest.current = edit;
  const present = edit !== null;
  const problem = edit?.problem ?? null;
  const label = edit?.label ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: problem and label re-announce the change
  useEffect(() => {
    const k = key.current as symbol;
    if (present) edits.set(k, () => latest.current);
    else edits.delete(k);
    changed();
  }, [present, problem, label]);
  useEffect(
    () => () => {
      const k = key.current as symbol;
      const e = latest.current;
      edits.delete(k);
      if (e) void e.flush();
      changed();
    },
    [],
  );
}
