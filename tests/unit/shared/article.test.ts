import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleFormatError,
  loadArticles,
  PRACTICE_TARGETS,
  parseArticle,
  READING_WPM,
  readingMinutes,
} from '../../../src/shared/article';
import { ARTICLES, ARTICLES_ERROR, articleById } from '../../../src/shared/articles';
import { QUICK_BREAKS } from '../../../src/shared/routes';

const root = path.resolve(import.meta.dirname, '../../..');
const articlesDir = path.join(root, 'resources/articles');
const sourceFile = path.join(articlesDir, 'forget-loving-yourself.md');
const source = readFileSync(sourceFile, 'utf8');
// The article exactly as the author gave it (a byte-for-byte copy of ../shared/content).
const original = readFileSync(path.join(root, 'tests/fixtures/articles/forget-loving-yourself.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const [publication, tagline, title, ...bodyLines] = original;
const HEADINGS = [
  'Why Self-Compassion Matters for Healing',
  'The Paradox of Healing: You Can’t Hate Yourself Into Wholeness',
];

/** A valid minimal article, to break one thing at a time. */
const minimal = (body = 'One paragraph.', front = '') =>
  `---\nid: a-piece\ntitle: A piece\npublication: Pub\ntagline: Tag\ncredit: Thanks.\n${front}---\n\n${body}\n`;

function errorOf(fn: () => unknown): ArticleFormatError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ArticleFormatError) return err;
    throw err;
  }
  throw new Error('expected an ArticleFormatError, but nothing was thrown');
}

describe('the shipped article', () => {
  const article = parseArticle(source, 'forget-loving-yourself.md');

  it('has the title, publication and tagline exactly as written', () => {
    expect(article.id).toBe('forget-loving-yourself');
    expect(article.title).toBe(title);
    expect(article.publication).toBe('Well+Being Holistic Mental Health');
    expect(article.publication).toBe(publication);
    expect(article.tagline).toBe(tagline);
    expect(article.shortTitle).toBe('Forget Loving Yourself');
    expect(article.credit).toContain('Well+Being Holistic Mental Health');
  });

  it('has the two section headings, in order, as level-2 headings', () => {
    const headings = article.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toEqual(HEADINGS);
    expect(headings.every((h) => h.level === 2)).toBe(true);
    expect(new Set(headings.map((h) => h.anchor)).size).toBe(2);
  });

  it('has every heading and paragraph of the original, in order, with the exact text', () => {
    const text = article.blocks.filter((b) => b.kind !== 'practice').map((b) => b.text);
    expect(text).toEqual(bodyLines);
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(6);
  });

  it('keeps the typographic quotes, apostrophes and dashes', () => {
    const all = [article.title, ...article.blocks.map((b) => (b.kind === 'practice' ? b.label : b.text))].join('\n');
    for (const ch of ['“', '”', '’', '—']) expect(all).toContain(ch);
    expect(all).not.toMatch(/["']/);
    expect(article.blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringContaining('We hear it everywhere: “You just have to love yourself.” It sounds lovely'),
    });
  });

  it('places the acknowledgement link after the “This hurts” passage and the breathing link at the end of its section', () => {
    const i = article.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes('“This hurts,”'));
    expect(i).toBeGreaterThan(0);
    expect(article.blocks[i + 1]).toMatchObject({
      kind: 'practice',
      target: 'acknowledge',
      route: '#/practice/acknowledge',
    });
    expect(article.blocks[i + 2]).toMatchObject({ kind: 'practice', target: 'breathe', route: QUICK_BREAKS.breathe });
    expect(article.blocks[i + 3]).toMatchObject({ kind: 'heading', text: HEADINGS[1] });
    const sectionStart = article.blocks.findIndex((b) => b.kind === 'heading' && b.text === HEADINGS[0]);
    expect(sectionStart).toBeLessThan(i);
  });

  it('estimates the reading time from the word count', () => {
    const words = [title, ...bodyLines].join(' ').split(/\s+/).filter(Boolean).length;
    expect(article.wordCount).toBe(words);
    expect(article.readingMinutes).toBe(Math.round(words / READING_WPM));
    expect(article.readingMinutes).toBe(2);
  });
});

describe('the article list', () => {
  it('holds every file in resources/articles, parsed without error', () => {
    expect(ARTICLES_ERROR).toBeNull();
    const files = readdirSync(articlesDir).filter((f) => f.endsWith('.md'));
    expect(ARTICLES.map((a) => `${a.id}.md`)).toEqual(files.sort());
    expect(articleById()?.id).toBe('forget-loving-yourself');
    expect(articleById('forget-loving-yourself')?.title).toBe(title);
    expect(articleById('no-such-piece')).toBeUndefined();
  });

  it('accepts a second piece by adding a file, in file-name order', () => {
    const list = loadArticles({
      'x/forget-loving-yourself.md': source,
      'x/a-piece.md': minimal(),
    });
    expect(list.map((a) => a.id)).toEqual(['a-piece', 'forget-loving-yourself']);
  });

  it('refuses a file not named for its id, and an id used twice', () => {
    expect(errorOf(() => loadArticles({ 'x/other.md': minimal() })).message).toBe(
      'other.md: the file must be named after its id: "a-piece.md"',
    );
    expect(errorOf(() => loadArticles({})).message).toMatch(/no article files/);
  });
});

describe('the parser', () => {
  it('joins wrapped lines into one paragraph and accepts Windows line endings and a BOM', () => {
    const a = parseArticle(`\uFEFF${minimal('First line\nsecond line.\n\n## A part\n\nMore.').replace(/\n/g, '\r\n')}`);
    expect(a.blocks).toEqual([
      { kind: 'paragraph', text: 'First line second line.' },
      { kind: 'heading', level: 2, text: 'A part', anchor: 'a-part' },
      { kind: 'paragraph', text: 'More.' },
    ]);
    expect(a.shortTitle).toBe('A piece');
  });

  it('gives repeated headings distinct anchors', () => {
    const a = parseArticle(minimal('## Same\n\nOne.\n\n## Same\n\nTwo.'));
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.anchor)).toEqual(['same', 'same-2']);
  });

  it('reads practice links with their route', () => {
    const a = parseArticle(minimal('Text.\n\n::practice[Take a breath](breathe)'));
    expect(a.blocks[1]).toEqual({
      kind: 'practice',
      label: 'Take a breath',
      target: 'breathe',
      route: PRACTICE_TARGETS.breathe.route,
    });
  });

  it('estimates at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(READING_WPM * 3)).toBe(3);
  });

  const malformed: [string, string, string][] = [
    ['no front matter', 'Just text.\n', 'article, line 1: must start with front matter'],
    ['unclosed front matter', '---\nid: x\ntitle: T\n\nText.', 'article: the front matter is never closed'],
    ['a missing field', minimal().replace('tagline: Tag\n', ''), 'article: the front matter has no "tagline"'],
    ['an unknown field', minimal('Text.', 'author: Someone\n'), 'article, line 7: unknown field "author"'],
    ['a field given twice', minimal('Text.', 'title: Again\n'), 'article, line 7: the field "title" is given twice'],
    [
      'a field with no value',
      minimal().replace('credit: Thanks.', 'credit:'),
      'article, line 6: expected "name: value"',
    ],
    ['a bad id', minimal().replace('id: a-piece', 'id: A Piece'), 'the id "A Piece" must be'],
    ['a level-1 heading', minimal('# Title again\n\nText.'), 'article, line 9: a "# " heading is not allowed'],
    [
      'a level-3 heading',
      minimal('Text.\n\n### Deeper\n\nMore.'),
      'line 11: only section headings ("## ") are supported, not level 3',
    ],
    ['an empty heading', minimal('##\n\nText.'), 'line 9: the heading has no text'],
    [
      'a heading glued to a paragraph',
      minimal('Text.\n## Part\n\nMore.'),
      'line 10: a heading must have a blank line before it',
    ],
    ['text glued under a heading', minimal('## Part\nText.'), 'line 10: a heading must stand on its own line'],
    ['a heading with nothing under it', minimal('Text.\n\n## Last'), 'the section "Last" has nothing under it'],
    ['no paragraphs', minimal('## Only\n\n::practice[Go](pause)'), 'the article has no paragraphs'],
    ['an unknown practice target', minimal('Text.\n\n::practice[Go](yoga)'), 'line 11: unknown practice target "yoga"'],
    ['an unknown directive', minimal('Text.\n\n::video[x](y)'), 'line 11: unknown directive'],
    ['a list', minimal('Text.\n\n- one\n- two'), 'line 11: lists are not supported'],
    ['a quote', minimal('> quoted'), 'line 9: block quotes are not supported'],
    ['a code block', minimal('```\ncode\n```'), 'line 9: code blocks are not supported'],
    ['HTML', minimal('Some <b>bold</b> text.'), 'line 9: HTML is not supported'],
    ['a script tag', minimal('<script>alert(1)</script>'), 'line 9: HTML is not supported'],
    ['a control character', minimal('Bell \u0007 here.'), 'line 9: contains a control character'],
  ];
  it.each(malformed)('rejects %s with a clear message', (_name, text, message) => {
    const err = errorOf(() => parseArticle(text));
    expect(err.message).toContain(message);
    expect(err.name).toBe('ArticleFormatError');
  });

  it('names the file in its errors', () => {
    expect(errorOf(() => parseArticle('oops', 'broken.md')).message).toMatch(/^broken\.md, line 1: /);
  });
});
