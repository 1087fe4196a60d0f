// The build-time catalog compiler: only a catalog file imported with `?compiled` is turned into
// compiled messages (a module that evaluates to them); anything else passes through untouched;
// a message that does not parse fails the build, naming the file and the id.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { catalogPlugin } from '../../../tools/vite-catalog-plugin';

type Transform = (code: string, id: string) => { code: string; moduleType?: string } | null;
const transform = catalogPlugin().transform as unknown as Transform;

const RAW = { 'x.hi': 'Hello, {name}.', 'x.n': '{count, plural, one {# pause} other {# pauses}}' };
const CODE = JSON.stringify(RAW);

/** The value the transformed module exports by default. */
async function evaluate(code: string): Promise<unknown> {
  const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return mod.default;
}

describe('catalogPlugin', () => {
  it('runs before Vite’s own JSON plugin', () => {
    expect(catalogPlugin().enforce).toBe('pre');
  });

  it.each([
    '/app/src/shared/i18n/catalogs/de/practice.json?compiled',
    'C:\\app\\src\\shared\\i18n\\catalogs\\ar\\common.json?compiled',
  ])('compiles a catalog imported with ?compiled: %s', async (id) => {
    const out = transform.call({}, CODE, id);
    expect(out?.moduleType).toBe('js');
    expect(await evaluate(out?.code ?? '')).toEqual(compileCatalog(RAW));
  });

  it.each([
    '/app/src/shared/i18n/catalogs/de/practice.json',
    '/app/src/shared/i18n/catalogs/de/practice.json?raw',
    '/app/src/shared/settings.json?compiled',
    '/app/src/shared/i18n/catalogs.json?compiled',
    '/app/src/renderer/src/main.tsx',
  ])('leaves anything else alone: %s', (id) => {
    expect(transform.call({}, CODE, id)).toBeNull();
  });

  it('fails the build on a message that does not parse, naming the file and id', () => {
    const bad = JSON.stringify({ 'x.ok': 'Fine', 'x.bad': '{count, plural, one {x}' });
    expect(() => transform.call({}, bad, '/app/src/shared/i18n/catalogs/fr/time.json?compiled')).toThrow(
      /\/app\/src\/shared\/i18n\/catalogs\/fr\/time\.json: "x\.bad" is not valid ICU/,
    );
  });
});
