// The reading toolbar: text size, theme and find. Native radios for the theme, so arrow keys and
// screen readers work without extra code.
import { useLayoutEffect, useRef } from 'react';
import type { Settings } from '../../../../shared/settings';
import { SearchIcon } from './icons';
import { MAX_TEXT_SIZE, MIN_TEXT_SIZE } from './text-size';

type ReadingTheme = Settings['reading']['theme'];

const THEMES: { value: ReadingTheme; label: string; hint: string }[] = [
  { value: 'system', label: 'Auto', hint: 'Auto: follows Attune’s theme and your system' },
  { value: 'light', label: 'Light', hint: 'Light' },
  { value: 'dark', label: 'Dark', hint: 'Dark' },
  { value: 'sepia', label: 'Sepia', hint: 'Sepia: warm paper' },
];

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export interface ReaderControlsProps {
  textSize: number;
  onTextSize(next: number): void;
  theme: ReadingTheme;
  onTheme(next: ReadingTheme): void;
  findOpen: boolean;
  onFind(): void;
}

export function ReaderControls({ textSize, onTextSize, theme, onTheme, findOpen, onFind }: ReaderControlsProps) {
  const down = useRef<HTMLButtonElement>(null);
  const up = useRef<HTMLButtonElement>(null);
  const focused = useRef<'down' | 'up' | null>(null);
  // At the smallest or largest size one button turns off; if it had focus, focus moves to the
  // other one instead of falling to the page.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active !== document.body && active !== down.current && active !== up.current) return;
    if (focused.current === 'down' && textSize <= MIN_TEXT_SIZE) up.current?.focus();
    if (focused.current === 'up' && textSize >= MAX_TEXT_SIZE) down.current?.focus();
  }, [textSize]);
  const track = (which: 'down' | 'up') => ({
    onFocus: () => {
      focused.current = which;
    },
    onBlur: (e: { relatedTarget: EventTarget | null }) => {
      // Losing focus to nowhere (the button just turned off) still counts as having it.
      if (e.relatedTarget !== null) focused.current = null;
    },
  });
  return (
    <div className="reader-tools">
      <fieldset className="reader-size">
        <legend className="visually-hidden">Text size</legend>
        <button
          ref={down}
          {...track('down')}
          type="button"
          className="reader-tool reader-size-down"
          aria-label="Smaller text"
          title={`Smaller text (${MOD}−)`}
          aria-keyshortcuts="Control+Minus Meta+Minus"
          disabled={textSize <= MIN_TEXT_SIZE}
          onClick={() => onTextSize(textSize - 1)}
        >
          A<span aria-hidden="true">−</span>
        </button>
        <button
          ref={up}
          {...track('up')}
          type="button"
          className="reader-tool reader-size-up"
          aria-label="Larger text"
          title={`Larger text (${MOD}+) · Reset (${MOD}0)`}
          aria-keyshortcuts="Control+Plus Meta+Plus"
          disabled={textSize >= MAX_TEXT_SIZE}
          onClick={() => onTextSize(textSize + 1)}
        >
          A<span aria-hidden="true">+</span>
        </button>
      </fieldset>
      <fieldset className="reader-themes">
        <legend className="visually-hidden">Reading theme</legend>
        {THEMES.map((t) => (
          <span key={t.value} className="reader-theme">
            <input
              type="radio"
              id={`reader-theme-${t.value}`}
              name="reader-theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => onTheme(t.value)}
            />
            <label htmlFor={`reader-theme-${t.value}`} title={t.hint} data-swatch={t.value}>
              <span className="visually-hidden">{t.label}</span>
            </label>
          </span>
        ))}
      </fieldset>
      <button
        type="button"
        className="reader-tool"
        aria-label="Find in article"
        title={`Find (${MOD}F)`}
        aria-keyshortcuts="Control+F Meta+F"
        aria-expanded={findOpen}
        aria-controls={findOpen ? 'reader-find' : undefined}
        onClick={onFind}
      >
        <SearchIcon />
      </button>
    </div>
  );
}
