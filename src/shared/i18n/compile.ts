// Compiles a catalog file's ICU messages into Lingui's token form. Used at build time for the
// renderer (tools/vite-catalog-plugin.ts) and on load in main; never shipped to a window.
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { CompiledCatalog } from './translator';

/** Every message of a raw catalog (id → ICU text), compiled; a message that doesn't parse throws with its id. */
export function compileCatalog(raw: Readonly<Record<string, string>>, where = 'catalog'): CompiledCatalog {
  const out: Record<string, ReturnType<typeof compileMessageOrThrow>> = {};
  for (const [id, text] of Object.entries(raw)) {
    if (typeof text !== 'string') throw new Error(`${where}: "${id}" is not a string`);
    try {
      // Not compileMessage: that one logs a parse error and returns the raw text, so a broken
      // message would reach a person as "{count, plural, …" instead of failing the build.
      out[id] = compileMessageOrThrow(text);
    } catch (e) {
      throw new Error(`${where}: "${id}" is not valid ICU MessageFormat: ${(e as Error).message}`);
    }
  }
  return out;
}
