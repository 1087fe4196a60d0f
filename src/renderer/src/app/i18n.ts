// The renderer's words: the active language's catalogs, loaded area by area as screens need
// them (only that language, only those areas), and a translator every component reads with
// useT(). Main says which language (locale:get / locale:changed); a change re-renders every
// screen in the new language without a reload.
import { useSyncExternalStore } from 'react';
import type { CatalogArea } from '../../../shared/i18n/areas';
import { type CatalogLanguage, type LocaleInfo, PSEUDO_LANGUAGE } from '../../../shared/i18n/languages';
import { type CompiledCatalog, createTranslator, type Translator } from '../../../shared/i18n/translator';
import { api, connectBridge } from './bridge';

// Compiled at build time (tools/vite-catalog-plugin.ts); each file is its own small chunk.
const CATALOG_FILES = import.meta.glob<CompiledCatalog>('../../../shared/i18n/catalogs/*/*.json', {
  query: '?compiled',
  import: 'default',
});

/** Every window shows these: the frame's words. Screens add theirs (ensureAreas). */
const ALWAYS: readonly CatalogArea[] = ['common'];

async function loadArea(language: CatalogLanguage, area: CatalogArea): Promise<CompiledCatalog> {
  const source = language === PSEUDO_LANGUAGE ? 'en' : language;
  const load = CATALOG_FILES[`../../../shared/i18n/catalogs/${source}/${area}.json`];
  if (!load) throw new Error(`no catalog ${source}/${area}`);
  const catalog = await load();
  if (language !== PSEUDO_LANGUAGE) return catalog;
  const { pseudoCatalog } = await import('../../../shared/i18n/pseudo');
  return pseudoCatalog(catalog);
}

async function loadAreas(language: CatalogLanguage, areas: Iterable<CatalogArea>): Promise<CompiledCatalog> {
  const parts = await Promise.all([...areas].map((a) => loadArea(language, a)));
  return Object.assign({}, ...parts) as CompiledCatalog;
}

let current: Translator | null = null;
let catalog: CompiledCatalog = {};
const areas = new Set<CatalogArea>(ALWAYS);
const listeners = new Set<() => void>();
let ready: Promise<void> | null = null;
/** The newest language asked for; an older load that finishes later is dropped. */
let wanted: LocaleInfo | null = null;

function publish(info: LocaleInfo, next: CompiledCatalog): void {
  catalog = next;
  current = createTranslator(info, catalog);
  const root = document.documentElement;
  root.lang = info.language === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : info.locale;
  root.dir = info.dir;
  for (const l of [...listeners]) l();
}

async function switchTo(info: LocaleInfo): Promise<void> {
  wanted = info;
  const next = await loadAreas(info.language, areas);
  if (wanted === info) publish(info, next);
}

/** Asks main for the language and loads the words every window needs. Safe to call often. */
export function connectLocale(): Promise<void> {
  ready ??= (async () => {
    await connectBridge();
    api().on('locale:changed', (info) => void switchTo(info));
    await switchTo(await api().invoke('locale:get'));
  })();
  return ready;
}

/** Loads a screen's words (once) in the language in use; screens' preloads await it. */
export async function ensureAreas(needed: readonly CatalogArea[]): Promise<void> {
  await connectLocale();
  const missing = needed.filter((a) => !areas.has(a));
  if (missing.length === 0) return;
  for (const a of missing) areas.add(a);
  const info = wanted;
  if (!info) return;
  const part = await loadAreas(info.language, missing);
  if (wanted === info) publish(info, { ...catalog, ...part });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): Translator {
  if (!current) throw new Error('the language is not loaded yet (connectLocale)');
  return current;
}

/** The translator in use; components re-render when the language changes. */
export function useT(): Translator {
  return useSyncExternalStore(subscribe, snapshot);
}

/** The translator in use, for code outside React (read it when you need it, don't keep it). */
export function translator(): Translator {
  return snapshot();
}
