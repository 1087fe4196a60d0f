// The rules every message catalog keeps, as pure functions that return what is wrong (empty when
// all is well), so the catalog tests can run them over the real catalogs and over small bad ones
// that prove each rule can fail. Parsing is Lingui's own (the parser the build and main use).
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

export type Catalog = Readonly<Record<string, string>>;

/** The ICU formats a placeholder may use: the ones Lingui's runtime formats. */
const KNOWN_TYPES = new Set(['number', 'date', 'time', 'plural', 'selectordinal', 'select']);

/** Keys the English file has that `other` lacks, and keys `other` has that English does not. */
export function keyProblems(english: Catalog, other: Catalog): string[] {
  const en = new Set(Object.keys(english));
  const it = new Set(Object.keys(other));
  return [
    ...[...en].filter((k) => !it.has(k)).map((k) => `missing "${k}"`),
    ...[...it].filter((k) => !en.has(k)).map((k) => `extra "${k}" (not in English)`),
  ];
}

type Token = string | readonly unknown[];

function compile(text: string): readonly Token[] {
  const out = compileMessageOrThrow(text);
  return (typeof out === 'string' ? [out] : out) as readonly Token[];
}

/** Calls `visit` for every literal text and every placeholder of a compiled message, cases included. */
function walk(
  tokens: readonly Token[],
  visit: { text?(t: string): void; placeholder?(name: string, type: string, format: unknown): void },
): void {
  for (const token of tokens) {
    if (typeof token === 'string') {
      visit.text?.(token);
      continue;
    }
    const [name, type, format] = token as [string, string | undefined, unknown];
    visit.placeholder?.(name, type ?? 'text', format);
    if ((type === 'plural' || type === 'selectordinal' || type === 'select') && format && typeof format === 'object') {
      for (const [key, value] of Object.entries(format as Record<string, unknown>)) {
        if (key === 'offset') continue;
        walk(Array.isArray(value) ? value : [String(value)], visit);
      }
    }
  }
}

/** Why `text` is not a well-formed ICU message, or null. */
export function parseProblem(text: string): string | null {
  let tokens: readonly Token[];
  try {
    tokens = compile(text);
  } catch (e) {
    return (e as Error).message.split('\n')[0] ?? 'does not parse';
  }
  const problems: string[] = [];
  walk(tokens, {
    // The parser keeps a lone brace as text; in ICU it must be quoted ('{'), so it is a typo.
    text: (t) => {
      if (/[{}]/.test(t) && !/'[{}]/.test(text))
        problems.push(`a stray brace in "${t}" (quote it as '{' or fix the placeholder)`);
    },
    placeholder: (name, type) => {
      if (type !== 'text' && !KNOWN_TYPES.has(type)) problems.push(`{${name}, ${type}}: unknown format "${type}"`);
    },
  });
  return problems.length > 0 ? problems.join('; ') : null;
}

/** Each placeholder of a message with the formats it is used with (`count` → plural, number). */
export function placeholders(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  walk(compile(text), {
    placeholder: (name, type) => {
      const types = found.get(name) ?? new Set<string>();
      types.add(type);
      found.set(name, types);
    },
  });
  return found;
}

function describeMap(m: Map<string, Set<string>>): string {
  return (
    [...m]
      .map(([name, types]) => `{${name}: ${[...types].sort().join('/')}}`)
      .sort()
      .join(' ') || 'none'
  );
}

/** Placeholders (names and formats) that differ from the English message. */
export function placeholderProblem(english: string, translated: string): string | null {
  const en = describeMap(placeholders(english));
  const it = describeMap(placeholders(translated));
  return en === it ? null : `placeholders ${it}, English has ${en}`;
}

/**
 * Plural and ordinal cases a message leaves out for `language` (every CLDR category, and `other`),
 * and cases the language never uses (dead text; exact values such as `=0` are fine).
 */
export function pluralProblems(language: string, text: string): string[] {
  const problems: string[] = [];
  walk(compile(text), {
    placeholder: (name, type, format) => {
      if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') return;
      const cases = new Set(Object.keys((format ?? {}) as object));
      const needed =
        type === 'select'
          ? ['other']
          : [
              ...new Intl.PluralRules(language, {
                type: type === 'plural' ? 'cardinal' : 'ordinal',
              }).resolvedOptions().pluralCategories,
              'other',
            ];
      const missing = [...new Set(needed)].filter((c) => !cases.has(c));
      if (missing.length > 0) problems.push(`{${name}, ${type}} lacks ${missing.join(', ')}`);
      if (type === 'select') return;
      // Lingui's compiler keeps an exact value (`=0`) as its number ("0").
      const unused = [...cases].filter((c) => c !== 'offset' && !/^=?\d+$/.test(c) && !needed.includes(c));
      if (unused.length > 0) problems.push(`{${name}, ${type}} has ${unused.join(', ')}, which ${language} never uses`);
    },
  });
  return problems;
}

/** Empty messages and messages with spaces at either end. */
export function whitespaceProblem(text: string): string | null {
  if (text.trim() === '') return 'is empty';
  if (text !== text.trim()) return 'has leading or trailing spaces';
  return null;
}

/** Every literal text of a message, one string per plural/select case, for word checks. */
export function messageTexts(text: string): string[] {
  const texts: string[] = [];
  walk(compile(text), { text: (t) => texts.push(t) });
  return [texts.join(''), ...texts];
}

/** Every check on one translated catalog file against its English file. */
export function catalogProblems(language: string, english: Catalog, translated: Catalog): string[] {
  const problems = [...keyProblems(english, translated)];
  for (const [id, text] of Object.entries(translated)) {
    if (typeof text !== 'string') {
      problems.push(`"${id}" is not a string`);
      continue;
    }
    const ws = whitespaceProblem(text);
    if (ws) problems.push(`"${id}" ${ws}`);
    const parse = parseProblem(text);
    if (parse) {
      problems.push(`"${id}" is not valid ICU: ${parse}`);
      continue;
    }
    for (const p of pluralProblems(language, text)) problems.push(`"${id}": ${p}`);
    const source = english[id];
    if (language !== 'en' && typeof source === 'string' && parseProblem(source) === null) {
      const ph = placeholderProblem(source, text);
      if (ph) problems.push(`"${id}": ${ph}`);
    }
  }
  return problems;
}

// Plural logic in code: a count compared with 1 choosing between words, or an "s" glued on.
const COMPARE_WITH_ONE = /[!=]==?\s*1\s*\?/g;
const WORDY_BRANCH = /^\s*\(?\s*(['"`<]|(?:[\w.]+\.)?t\()/;
const S_SUFFIX = /\$\{[^}]*\}s\b|\?\s*(['"])s\1\s*:\s*(['"])\2|\?\s*(['"])\3\s*:\s*(['"])s\4|\+\s*(['"])s\5/g;

export interface SourceHit {
  line: number;
  text: string;
}

/** Plural logic written by hand in a source file: `n === 1 ? 'minute' : …`, `${n} minute${s}`. */
export function handMadePlurals(source: string): SourceHit[] {
  const hits: SourceHit[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const lineText = (line: number) => source.split('\n')[line - 1]?.trim() ?? '';
  for (const m of source.matchAll(COMPARE_WITH_ONE)) {
    const after = source.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 120);
    if (WORDY_BRANCH.test(after)) hits.push({ line: lineOf(m.index ?? 0), text: lineText(lineOf(m.index ?? 0)) });
  }
  for (const m of source.matchAll(S_SUFFIX))
    hits.push({ line: lineOf(m.index ?? 0), text: lineText(lineOf(m.index ?? 0)) });
  // One hit per line: `${n} minute${n === 1 ? '' : 's'}` is one plural, found twice.
  return [...new Map(hits.map((h) => [h.line, h])).values()].sort((a, b) => a.line - b.line);
}
