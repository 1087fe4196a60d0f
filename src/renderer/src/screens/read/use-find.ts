// Find in the article, the same in the Electron window and the web preview: matches are found in
// the article's own text and painted with the CSS Custom Highlight API, so the DOM is never
// rewritten and the find field never counts itself (Electron's findInPage would match the text
// typed into our own find field and take focus away from it).
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { findMatches } from '../../../../shared/article-search';

const ALL = 'attune-find';
const ACTIVE = 'attune-find-active';

export interface FindState {
  query: string;
  count: number;
  /** Index of the current match, or -1. */
  active: number;
  setQuery(query: string): void;
  next(): void;
  previous(): void;
  clear(): void;
}

function highlights(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

function rangesIn(root: HTMLElement, query: string): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    for (const at of findMatches(text, query)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + query.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** The bottom edge of whatever stays pinned at the top of the window (the reading toolbar). */
function pinnedTop(): number {
  return document.querySelector('.screen-header')?.getBoundingClientRect().bottom ?? 0;
}

function reveal(range: Range): void {
  const rect = range.getBoundingClientRect();
  const top = pinnedTop() + 24;
  const bottom = window.innerHeight - 24;
  if (rect.top >= top && rect.bottom <= bottom) return;
  window.scrollBy({ top: rect.top - (top + (bottom - top) / 3), behavior: 'instant' });
}

export function useFind(root: RefObject<HTMLElement | null>): FindState {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const activeRef = useRef(-1);
  const ranges = useRef<Range[]>([]);
  const [count, setCount] = useState(0);

  const paint = useCallback((index: number) => {
    const registry = highlights();
    const current = ranges.current[index];
    if (registry) {
      registry.set(ALL, new Highlight(...ranges.current));
      if (current) registry.set(ACTIVE, new Highlight(current));
      else registry.delete(ACTIVE);
    }
    if (current) reveal(current);
  }, []);

  // A new query: find everything, start from the first match still ahead in the window.
  useEffect(() => {
    const el = root.current;
    ranges.current = el && query ? rangesIn(el, query) : [];
    setCount(ranges.current.length);
    const top = pinnedTop();
    const ahead = ranges.current.findIndex((r) => r.getBoundingClientRect().top >= top);
    const start = ranges.current.length === 0 ? -1 : Math.max(0, ahead);
    activeRef.current = start;
    setActive(start);
    paint(start);
  }, [query, root, paint]);

  const step = useCallback(
    (by: number) => {
      const n = ranges.current.length;
      if (n === 0) return;
      const nextIndex = (((activeRef.current + by) % n) + n) % n;
      activeRef.current = nextIndex;
      setActive(nextIndex);
      paint(nextIndex);
    },
    [paint],
  );

  const clear = useCallback(() => {
    ranges.current = [];
    setQuery('');
    setCount(0);
    activeRef.current = -1;
    setActive(-1);
    highlights()?.delete(ALL);
    highlights()?.delete(ACTIVE);
  }, []);

  useEffect(
    () => () => {
      highlights()?.delete(ALL);
      highlights()?.delete(ACTIVE);
    },
    [],
  );

  return {
    query,
    count,
    active,
    setQuery,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
    clear,
  };
}
