// Every language's catalogs against English, the source: the same keys in every area file, every
// message valid ICU, the same placeholders, every plural category the language has, nothing
// empty or padded with spaces. Then a scan of the source for plurals made by hand. Each rule is
// also run over a small bad catalog, so each check is shown to fail when it should.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { CATALOG_AREAS } from '../../../src/shared/i18n/areas';
import { LANGUAGES } from '../../../src/shared/i18n/languages';
import {
  catalogProblems,
  handMadePlurals,
  keyProblems,
  parseProblem,
  placeholderProblem,
  pluralProblems,
  whitespaceProblem,
} from './catalog-checks';

const ROOT = join(import.meta.dirname, '../../..');
const CATALOG_DIR = join(ROOT, 'src/shared/i18n/catalogs');

function readCatalog(language: string, area: string): Record<string, string> {
  return JSON.parse(readFileSync(join(CATALOG_DIR, language, `${area}.json`), 'utf8')) as Record<string, string>;
}

describe('the catalog files on disk', () => {
  it('has a folder for each language and no other', () => {
    expect(readdirSync(CATALOG_DIR).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each([...LANGUAGES])('%s has one file per area and no other', (language) => {
    expect(readdirSync(join(CATALOG_DIR, language)).sort()).toEqual(CATALOG_AREAS.map((a) => `${a}.json`).sort());
  });

  it('main imports every file (all-catalogs.ts matches the disk)', () => {
    for (const language of LANGUAGES)
      for (const area of CATALOG_AREAS)
        expect(RAW_CATALOGS[language][area], `${language}/${area}`).toEqual(readCatalog(language, area));
  });

  it('English ids carry their area as prefix', () => {
    for (const area of CATALOG_AREAS)
      for (const id of Object.keys(readCatalog('en', area)))
        expect(id, `en/${area}.json`).toMatch(new RegExp(`^${area}\\.[a-z][A-Za-z0-9]*(\\.[a-z0-9][A-Za-z0-9]*)*$`));
  });
});

const files = LANGUAGES.flatMap((language) =>
  CATALOG_AREAS.map((area) => [`${language}/${area}.json`, language, area]),
);

describe('every catalog file agrees with English', () => {
  it.each(files)('%s', (_file, language, area) => {
    expect(catalogProblems(language, readCatalog('en', area), readCatalog(language, area))).toEqual([]);
  });
});

describe('each rule catches a bad catalog', () => {
  const english = {
    'x.hello': 'Hello, {name}.',
    'x.count': '{count, plural, one {# pause} other {# pauses}}',
    'x.at': 'At {time}, on {day, date, short}.',
  };

  it('a missing key and an extra key are named', () => {
    expect(keyProblems(english, { 'x.hello': 'Hallo, {name}.', 'x.count': '…', 'x.typo': 'Tippfehler' })).toEqual([
      'missing "x.at"',
      'extra "x.typo" (not in English)',
    ]);
  });

  it('a message that does not parse is named', () => {
    expect(parseProblem('{count, plural, one {# Pause} other {# Pausen}')).toMatch(/Unexpected message end/);
    expect(parseProblem('Hallo, {name.')).not.toBeNull();
    expect(parseProblem('{n, frob}')).toMatch(/unknown format "frob"/);
    expect(parseProblem('Hallo, {name}.')).toBeNull();
    expect(parseProblem("It''s '{'literal'}'")).toBeNull();
    expect(catalogProblems('de', english, { ...english, 'x.hello': 'Hallo, {name.' }).join('\n')).toMatch(
      /"x.hello" is not valid ICU/,
    );
  });

  it('a renamed, dropped, added or retyped placeholder is named', () => {
    expect(placeholderProblem('Hello, {name}.', 'Hallo, {nom}.')).toMatch(/{nom: text}.*English has {name: text}/);
    expect(placeholderProblem('At {time}, on {day, date, short}.', 'Um {time}.')).not.toBeNull();
    expect(placeholderProblem('Hello.', 'Hallo, {name}.')).not.toBeNull();
    expect(placeholderProblem('{n, number} left', '{n} übrig')).not.toBeNull();
    expect(placeholderProblem('At {time}, on {day, date, short}.', 'Le {day, date, short} à {time}.')).toBeNull();
  });

  it('a plural without every category of its language, or with one it never uses, is named', () => {
    expect(pluralProblems('ar', '{count, plural, one {وقفة} other {# وقفات}}')).toEqual([
      '{count, plural} lacks few, many, two, zero',
    ]);
    expect(pluralProblems('fr', '{count, plural, one {# pause} other {# pauses}}')).toEqual([
      '{count, plural} lacks many',
    ]);
    expect(pluralProblems('ja', '{count, plural, other {x}}')).toEqual([]);
    expect(pluralProblems('ja', '{count, plural, other {x} =0 {y}}')).toEqual([]);
    expect(pluralProblems('ja', '{count, plural, one {x}}')).toEqual([
      '{count, plural} lacks other',
      '{count, plural} has one, which ja never uses',
    ]);
    expect(pluralProblems('en', '{n, selectordinal, one {#st} other {#th}}')).toEqual([
      '{n, selectordinal} lacks few, two',
    ]);
    expect(pluralProblems('de', '{g, select, a {x} b {y}}')).toEqual(['{g, select} lacks other']);
    // Nested in a select's case too.
    expect(pluralProblems('es', '{g, select, a {{n, plural, one {x} other {y}}} other {z}}')).toEqual([
      '{n, plural} lacks many',
    ]);
    expect(pluralProblems('ja', '{count, plural, other {# 回}}')).toEqual([]);
    expect(pluralProblems('en', '{count, plural, one {# pause} few {# pauses} other {# pauses}}')).toEqual([
      '{count, plural} has few, which en never uses',
    ]);
    expect(
      pluralProblems(
        'ar',
        '{n, plural, zero {لا شيء} one {واحدة} two {اثنتان} few {# قليلة} many {# كثيرة} other {# أخرى}}',
      ),
    ).toEqual([]);
  });

  it('an empty message and one padded with spaces are named', () => {
    expect(whitespaceProblem('')).toBe('is empty');
    expect(whitespaceProblem('   ')).toBe('is empty');
    expect(whitespaceProblem(' Hallo')).toBe('has leading or trailing spaces');
    expect(whitespaceProblem('Hallo\n')).toBe('has leading or trailing spaces');
    expect(whitespaceProblem('Hallo')).toBeNull();
  });

  it('the whole file check reports every kind at once', () => {
    const bad = {
      'x.hello': ' Hallo, {nom}.',
      'x.count': '{count, plural, one {# Pause}}',
      'x.extra': '',
    };
    expect(catalogProblems('de', english, bad)).toEqual([
      'missing "x.at"',
      'extra "x.extra" (not in English)',
      '"x.hello" has leading or trailing spaces',
      '"x.hello": placeholders {nom: text}, English has {name: text}',
      '"x.count": {count, plural} lacks other',
      '"x.extra" is empty',
    ]);
  });
});

// Source files where a comparison with 1 chooses between words for a reason other than grammar.
const NOT_PLURAL: readonly { file: string; match: string; reason: string }[] = [
  {
    file: 'src/renderer/src/screens/settings/typed-fields.tsx',
    match: 'step === 1 ?',
    reason: 'two different sentences ("use a whole number" / "use steps of {step}"), not one noun counted',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('no plural is made by hand in the source', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('reads the source', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as test data
  it('src/ has no `n === 1 ? … : …` between words and no `${n}s`', () => {
    const found = files.flatMap((file) => {
      const name = relative(ROOT, file);
      return handMadePlurals(readFileSync(file, 'utf8'))
        .filter((hit) => !NOT_PLURAL.some((ok) => ok.file === name && hit.text.includes(ok.match)))
        .map((hit) => `${name}:${hit.line}: ${hit.text}`);
    });
    expect(found, 'use an ICU plural in the catalog: {count, plural, one {# minute} other {# minutes}}').toEqual([]);
  });

  it.each([
    ["const s = n === 1 ? 'minute' : 'minutes';", 1],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as test data
    ['return m === 1 ? `1 minute` : `${m} minutes`;', 1],
    ["<span>{count !== 1 ? t('x.many') : t('x.one')}</span>", 1],
    ["const s = count == 1\n  ? 'pause'\n  : 'pauses';", 1],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as test data
    ["const label = `${n} minute${n === 1 ? '' : 's'}`;", 1],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as test data
    ['const label = `${n} ${unit}s`;', 1],
    ["const label = n + ' pause' + 's';", 1],
    ['const one = spans.length === 1 ? spans[0] : undefined;', 0],
    ['if (r.code !== 0) return r.code === 1 ? false : null;', 0],
    ["t('x.count', { count: n })", 0],
  ])('%s → %i found', (source, count) => {
    expect(handMadePlurals(source)).toHaveLength(count);
  });
});
