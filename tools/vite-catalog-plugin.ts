// Compiles message catalogs at build time: a catalog imported with `?compiled`
// (src/shared/i18n/catalogs/<language>/<area>.json?compiled) becomes its messages in Lingui's
// compiled form, so the renderer ships no ICU parser. A message that doesn't parse fails the
// build with its file and id.
import type { Plugin } from 'vite';
import { compileCatalog } from '../src/shared/i18n/compile.ts';

const COMPILED = /[/\\]i18n[/\\]catalogs[/\\][^/\\]+[/\\][^/\\]+\.json\?compiled$/;

export function catalogPlugin(): Plugin {
  return {
    name: 'attune-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!COMPILED.test(id)) return null;
      const raw = JSON.parse(code) as Record<string, string>;
      const compiled = compileCatalog(raw, id.replace(/\?compiled$/, ''));
      // A JavaScript module (with a query, the bundler no longer treats the file as JSON).
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
