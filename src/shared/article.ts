// The article format and its parser. Pure: no DOM, no Vite, no Electron, so the same code checks
// a file in a unit test and turns it into data for the reading view, which builds React elements
// from that data (never HTML strings).
//
// An article is one UTF-8 file in resources/articles/<id>.md:
//
//   ---
//   id: forget-loving-yourself            (lowercase letters, digits and dashes; the file's name)
//   title: The full title
//   short-title: A short title            (optional; for window titles and menus)
//   publication: Who published it
//   tagline: The publication's tagline    (shown as the byline)
//   credit: A sentence crediting the source
//   ---
//
//   A paragraph: one or more lines, ended by a blank line. Text is kept exactly as written,
//   typographic quotes and dashes included; there is no inline markup to misread.
//
//   ## A section heading
//
//   ::practice[Link text](acknowledge)    (a "Practice this" link; targets: see PRACTICE_TARGETS)
//
// Anything else Markdown would treat specially (lists, quotes, code, HTML, other heading levels)
// is refused with the file name and line, so a mistake never renders silently wrong.
import type { MessageId } from './i18n/translator';
import { QUICK_BREAKS } from './routes';

/** Same alphabet as the keys of settings.reading.positions. */
export const ARTICLE_ID_PATTERN = /^[a-z0-9-]{1,80}$/;

/** Where a "Practice this" link can lead, and a line saying what opens (a catalog id). */
export const PRACTICE_TARGETS = {
  acknowledge: { route: '#/practice/acknowledge', note: 'read.practice.acknowledge.note' },
  breathe: { route: QUICK_BREAKS.breathe, note: 'read.practice.breathe.note' },
  pause: { route: QUICK_BREAKS.short, note: 'read.practice.pause.note' },
} as const satisfies Record<string, { route: string; note: MessageId }>;
export type PracticeTarget = keyof typeof PRACTICE_TARGETS;

export type ArticleBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 2; text: string; anchor: string }
  | { kind: 'practice'; label: string; target: PracticeTarget; route: string };

export interface Article {
  id: string;
  title: string;
  shortTitle: string;
  publication: string;
  tagline: string;
  credit: string;
  blocks: readonly ArticleBlock[];
  wordCount: number;
  /** Whole minutes at an unhurried pace, at least 1. */
  readingMinutes: number;
}

/** A malformed article file: the message names the file and the line. */
export class ArticleFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `, line ${line}`}: ${problem}`);
    this.name = 'ArticleFormatError';
  }
}

/** Words per minute for the estimate: an unhurried reading pace for reflective prose. */
export const READING_WPM = 220;

const FIELDS = {
  id: { required: true },
  title: { required: true },
  'short-title': { required: false },
  publication: { required: true },
  tagline: { required: true },
  credit: { required: true },
} as const;
type Field = keyof typeof FIELDS;

const FIELD_LINE = /^([a-z][a-z-]*):[ \t]+(\S.*)$/;
const HEADING_LINE = /^(#{1,6})(?:[ \t]+(.*))?$/;
const PRACTICE_LINE = /^::practice\[([^\]]+)\]\(([a-z0-9-]+)\)$/;
const UNSUPPORTED: [RegExp, string][] = [
  [/^[-*+][ \t]/, 'lists are not supported; write the items as a paragraph'],
  [/^\d+[.)][ \t]/, 'numbered lists are not supported; write the items as a paragraph'],
  [/^>/, 'block quotes are not supported'],
  [/^(```|~~~)/, 'code blocks are not supported'],
  [/^::/, 'unknown directive; the only one is ::practice[Link text](target)'],
];
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/;

/** C0 controls other than tab, and DEL: never meant to be in prose. */
function hasControlChar(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / READING_WPM));
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section'
  );
}

/** Parses one article file. `file` names it in error messages. Throws ArticleFormatError. */
export function parseArticle(source: string, file = 'article'): Article {
  const fail = (line: number | null, problem: string): never => {
    throw new ArticleFormatError(file, line, problem);
  };
  if (typeof source !== 'string') fail(null, 'the article is not text');
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  lines.forEach((l, i) => {
    if (hasControlChar(l)) fail(i + 1, 'contains a control character');
  });

  // Front matter
  if (lines[0]?.trim() !== '---') fail(1, 'must start with front matter: a line "---", then "name: value" lines');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) fail(null, 'the front matter is never closed with a line "---"');
  const meta: Partial<Record<Field, string>> = {};
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const m = FIELD_LINE.exec(raw.trimEnd());
    if (!m) fail(i + 1, `expected "name: value" in the front matter, not "${raw.slice(0, 40)}"`);
    const [, key = '', value = ''] = m ?? [];
    if (!Object.hasOwn(FIELDS, key)) fail(i + 1, `unknown field "${key}" (known: ${Object.keys(FIELDS).join(', ')})`);
    if (meta[key as Field] !== undefined) fail(i + 1, `the field "${key}" is given twice`);
    meta[key as Field] = value.trim();
  }
  for (const [key, spec] of Object.entries(FIELDS)) {
    if (spec.required && !meta[key as Field]) fail(null, `the front matter has no "${key}"`);
  }
  const id = meta.id as string;
  if (!ARTICLE_ID_PATTERN.test(id)) fail(null, `the id "${id}" must be 1 to 80 lowercase letters, digits or dashes`);

  // Body: blocks separated by blank lines
  const blocks: ArticleBlock[] = [];
  const anchors = new Set<string>();
  let pending: { start: number; lines: string[] } | null = null;
  const flush = () => {
    if (!pending) return;
    const { start, lines: group } = pending;
    pending = null;
    const first = group[0] ?? '';
    const heading = HEADING_LINE.exec(first);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      const text = (heading[2] ?? '').trim();
      if (level === 1) fail(start, 'a "# " heading is not allowed: the title belongs in the front matter');
      if (level !== 2) fail(start, `only section headings ("## ") are supported, not level ${level}`);
      if (!text) fail(start, 'the heading has no text');
      if (group.length > 1) fail(start + 1, 'a heading must stand on its own line, followed by a blank line');
      let anchor = slug(text);
      for (let n = 2; anchors.has(anchor); n++) anchor = `${slug(text)}-${n}`;
      anchors.add(anchor);
      blocks.push({ kind: 'heading', level: 2, text, anchor });
      return;
    }
    const practice = PRACTICE_LINE.exec(first);
    if (practice) {
      if (group.length > 1) fail(start + 1, 'a ::practice link must stand on its own line, followed by a blank line');
      const label = (practice[1] ?? '').trim();
      const target = practice[2] ?? '';
      if (!label) fail(start, 'the ::practice link has no text');
      if (!Object.hasOwn(PRACTICE_TARGETS, target))
        fail(start, `unknown practice target "${target}" (known: ${Object.keys(PRACTICE_TARGETS).join(', ')})`);
      const t = target as PracticeTarget;
      blocks.push({ kind: 'practice', label, target: t, route: PRACTICE_TARGETS[t].route });
      return;
    }
    group.forEach((l, i) => {
      for (const [pattern, problem] of UNSUPPORTED) if (pattern.test(l)) fail(start + i, problem);
      if (HTML_TAG.test(l)) fail(start + i, 'HTML is not supported; write plain text');
      if (i > 0 && HEADING_LINE.test(l)) fail(start + i, 'a heading must have a blank line before it');
    });
    blocks.push({ kind: 'paragraph', text: group.map((l) => l.trim()).join(' ') });
  };
  for (let i = close + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (pending) (pending as { lines: string[] }).lines.push(line);
    else pending = { start: i + 1, lines: [line] };
  }
  flush();

  if (!blocks.some((b) => b.kind === 'paragraph')) fail(null, 'the article has no paragraphs');
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'heading' && (!next || next.kind === 'heading'))
      fail(null, `the section "${b.text}" has nothing under it`);
  });

  const title = meta.title as string;
  const words = wordCount(title) + blocks.reduce((n, b) => n + (b.kind === 'practice' ? 0 : wordCount(b.text)), 0);
  return {
    id,
    title,
    shortTitle: meta['short-title'] ?? title,
    publication: meta.publication as string,
    tagline: meta.tagline as string,
    credit: meta.credit as string,
    blocks,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

/**
 * Parses every article file (path → text). Each file must be named for its id, and ids are
 * unique; the list is in file-name order. Throws ArticleFormatError naming the file.
 */
export function loadArticles(files: Record<string, string>): Article[] {
  const paths = Object.keys(files).sort();
  if (paths.length === 0) throw new ArticleFormatError('resources/articles', null, 'there are no article files');
  const seen = new Set<string>();
  return paths.map((path) => {
    const name = path.split('/').pop() ?? path;
    const article = parseArticle(files[path] as string, name);
    if (name !== `${article.id}.md`)
      throw new ArticleFormatError(name, null, `the file must be named after its id: "${article.id}.md"`);
    if (seen.has(article.id)) throw new ArticleFormatError(name, null, `the id "${article.id}" is used twice`);
    seen.add(article.id);
    return article;
  });
}
