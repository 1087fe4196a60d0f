// The find bar: type to find, Enter / Shift+Enter (or F3, Ctrl+G) to move between matches,
// Esc to close and go back to reading.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { MAX_QUERY_LENGTH } from '../../../../shared/article-search';
import type { Translator } from '../../../../shared/i18n/translator';
import { useT } from '../../app/i18n';
import { ChevronIcon } from './icons';
import type { FindState } from './use-find';

export interface FindBarProps {
  find: FindState;
  /** Bumped each time Ctrl/Cmd+F is pressed, to focus and select the field again. */
  focusKey: number;
  onClose(): void;
}

function summary(find: FindState, t: Translator['t']): string {
  if (!find.query.trim()) return '';
  if (find.count === 0) return t('read.find.notFound');
  return t('read.find.count', { current: find.active + 1, total: find.count });
}

export function FindBar({ find, focusKey, onClose }: FindBarProps) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) find.previous();
      else find.next();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const text = summary(find, t);
  return (
    <search id="reader-find" className="reader-find" aria-label={t('read.find.label')}>
      <label className="visually-hidden" htmlFor="reader-find-input">
        {t('read.find.label')}
      </label>
      <input
        ref={input}
        id="reader-find-input"
        className="reader-find-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('read.find.label')}
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <output className="reader-find-count" aria-live="polite" htmlFor="reader-find-input">
        {text}
      </output>
      <button
        type="button"
        className="reader-tool"
        aria-label={t('read.find.previous')}
        title={t('read.find.previousHint')}
        disabled={find.count === 0}
        onClick={find.previous}
      >
        <ChevronIcon up />
      </button>
      <button
        type="button"
        className="reader-tool"
        aria-label={t('read.find.next')}
        title={t('read.find.nextHint')}
        disabled={find.count === 0}
        onClick={find.next}
      >
        <ChevronIcon />
      </button>
      <button type="button" className="button button-quiet reader-find-done" onClick={onClose}>
        {t('read.find.done')}
      </button>
    </search>
  );
}
