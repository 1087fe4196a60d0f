// Keeping focus on something usable. A control that turns off while it has focus ("Delete
// history…" once the history is gone) would drop focus to the page; these move it to the nearest
// control that still works in the same section instead.
import { type RefObject, useLayoutEffect } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export const usable = (el: Element | null | undefined): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !el.matches(':disabled') && el.getClientRects().length > 0;

/** Focuses `el` if it can take focus, else the nearest usable control around it, else its section. */
export function focusNearby(el: HTMLElement | null): void {
  if (!el) return;
  if ((usable as (e: Element) => boolean)(el)) {
    el.focus();
    return;
  }
  const area = el.closest<HTMLElement>('section, main') ?? document.body;
  const all = [...area.querySelectorAll(FOCUSABLE)].filter((c) => !c.closest('dialog'));
  const at = all.indexOf(el);
  const after = at >= 0 ? all.slice(at + 1).find(usable) : undefined;
  const before = all.slice(0, Math.max(0, at)).reverse().find(usable);
  const target = after ?? before ?? area;
  if (target === area && !area.hasAttribute('tabindex')) area.tabIndex = -1;
  target.focus();
}

/** When the control turns off while it has focus, focus moves to the nearest usable control. */
export function useFocusNearbyWhenDisabled(ref: RefObject<HTMLElement | null>, disabled: boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!disabled || !el) return;
    const active = document.activeElement;
    if (active === el || active === document.body || active === null) {
      if (active === el || el.dataset.hadFocus === 'true') focusNearby(el);
    }
  }, [disabled, ref]);
}

/** Marks whether the control last had focus (a disabled control loses focus before effects run). */
export const trackFocus = {
  onFocus: (e: { currentTarget: HTMLElement }) => {
    e.currentTarget.dataset.hadFocus = 'true';
  },
  onBlur: (e: { currentTarget: HTMLElement; relatedTarget: EventTarget | null }) => {
    if (e.relatedTarget !== null) delete e.currentTarget.dataset.hadFocus;
  },
};

export const FOCUSABLE_SELECTOR = FOCUSABLE;
