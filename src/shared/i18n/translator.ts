// One translator per language: looks up a message by id and formats it with ICU MessageFormat
// (plurals, select, numbers, dates) through Lingui's small runtime. Messages arrive already
// compiled (the renderer's build compiles them; main compiles on load), so no ICU parser ships
// to the renderer. Pure: no Electron, no DOM.
import { setupI18n } from '@lingui/core';
import type { LocaleInfo } from './languages';

/** Every message id, from the English catalogs (the source language has them all). */
export type MessageId =
  | keyof typeof import('./catalogs/en/common.json')
  | keyof typeof import('./catalogs/en/time.json')
  | keyof typeof import('./catalogs/en/errors.json')
  | keyof typeof import('./catalogs/en/practice.json')
  | keyof typeof import('./catalogs/en/phrases.json')
  | keyof typeof import('./catalogs/en/settings.json')
  | keyof typeof import('./catalogs/en/read.json')
  | keyof typeof import('./catalogs/en/history.json')
  | keyof typeof import('./catalogs/en/main.json');

/** What a message's placeholders are filled with; dates as epoch ms or Date. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A compiled message: Lingui's token list (text, and [name, type, format] placeholders). */
export type CompiledMessage = string | readonly unknown[];
export type CompiledCatalog = Readonly<Record<string, CompiledMessage>>;

export interface Translator extends LocaleInfo {
  /** The message `id` in this language, its placeholders filled from `values`. */
  t(id: MessageId, values?: MessageValues): string;
}

/** A translator over `catalog` (every area loaded so far for `info.language`, merged). */
export function createTranslator(info: LocaleInfo, catalog: CompiledCatalog): Translator {
  const i18n = setupI18n({
    locale: info.language,
    // The full tag keeps the person's region for numbers, dates and plural rules.
    locales: [info.locale, info.language],
    messages: { [info.language]: catalog as Record<string, never> },
  });
  return {
    ...info,
    t: (id, values) => i18n._(id, values as Record<string, unknown> | undefined),
  };
}
