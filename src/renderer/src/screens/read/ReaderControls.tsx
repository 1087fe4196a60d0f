// The reading toolbar: text size, theme and find. Native radios for the theme, so arrow keys and
// screen readers work without extra code.
import { useLayoutEffect, useRef } from 'react';
import type { MessageId } from '../../../../shared/i18n/translator';
import type { Settings } from '../../../../shared/settings';
import { useT } from '../../app/i18n';
import { SearchIcon } from './icons';
import { MAX_TEXT_SIZE, MIN_TEXT_SIZE } from './text-size';

type ReadingTheme = Settings['reading']['theme'];

const THEMES: { value: ReadingTheme; label: MessageId; hint: MessageId }[] = [
  { value: 'system', label: 'read.theme.system', hint: 'read.theme.systemHint' },
  { value: 'light', label: 'read.theme.light', hint: 'read.theme.light' },
  { value: 'dark', label: 'read.theme.dark', hint: 'read.theme.dark' },
  { value: 'sepia', label: 'read.theme.sepia', hint: 'read.theme.sepiaHint' },
];

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key with the platform's modifier, as the keyboard labels it ("Ctrl+F", German "Strg+F", "⌘F"). */
export function useShortcut(): (key: string) => string {
  const { t } = useT();
  const mod = MAC ? '⌘' : t('read.tools.modifier');
  return (key) => mod + key;
}

export interface ReaderControlsProps {
  textSize: number;
  onTextSize(next: number): void;
  theme: ReadingTheme;
  onTheme(next: ReadingTheme): void;
  findOpen: boolean;
  onFind(): void;
}

export function ReaderControls({ textSize, onTextSize, theme, onTheme, findOpen, onFind }: ReaderControlsProps) {
  const { t } = useT();
  const shortcut = useShortcut();
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
        <legend className="visually-hidden">{t('read.tools.textSize')}</legend>
        <button
          ref={down}
          {...track('down')}
          type="button"
          className="reader-tool reader-size-down"
          aria-label={t('read.tools.smaller')}
          title={t('read.tools.smallerHint', { shortcut: shortcut('−') })}
          aria-keyshortcuts="Control+Minus Meta+Minus"
          disabled={textSize <= MIN_TEXT_SIZE}
          onClick={() => onTextSize(textSize - 1)}
        >
          {/* "A−" and "A+" are symbols, the same way round in every language. */}
          <span dir="ltr">
            A<span aria-hidden="true">−</span>
          </span>
        </button>
        <button
          ref={up}
          {...track('up')}
          type="button"
          className="reader-tool reader-size-up"
          aria-label={t('read.tools.larger')}
          title={t('read.tools.largerHint', { shortcut: shortcut('+'), reset: shortcut('0') })}
          aria-keyshortcuts="Control+Plus Meta+Plus"
          disabled={textSize >= MAX_TEXT_SIZE}
          onClick={() => onTextSize(textSize + 1)}
        >
          <span dir="ltr">
            A<span aria-hidden="true">+</span>
          </span>
        </button>
      </fieldset>
      <fieldset className="reader-themes">
        <legend className="visually-hidden">{t('read.tools.theme')}</legend>
        {THEMES.map((choice) => (
          <span key={choice.value} className="reader-theme">
            <input
              type="radio"
              id={`reader-theme-${choice.value}`}
              name="reader-theme"
              value={choice.value}
              checked={theme === choice.value}
              onChange={() => onTheme(choice.value)}
            />
            <label htmlFor={`reader-theme-${choice.value}`} title={t(choice.hint)} data-swatch={choice.value}>
              <span className="visually-hidden">{t(choice.label)}</span>
            </label>
          </span>
        ))}
      </fieldset>
      <button
        type="button"
        className="reader-tool"
        aria-label={t('read.find.label')}
        title={t('read.find.hint', { shortcut: shortcut('F') })}
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
