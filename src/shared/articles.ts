/// <reference types="vite/client" />
// The articles Attune carries: every resources/articles/*.md, bundled as text at build time and
// parsed once by the strict parser. Adding a piece is adding a file. A malformed file fails the
// unit tests (which parse every file here); should one ever ship, the reading view shows the
// parser's message rather than a half-rendered page.
import { type Article, loadArticles } from './article';

const files = import.meta.glob<string>('../../resources/articles/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function load(): { articles: readonly Article[]; error: string | null } {
  try {
    return { articles: loadArticles(files), error: null };
  } catch (err) {
    return { articles: [], error: err instanceof Error ? err.message : String(err) };
  }
}

const loaded = load();

export const ARTICLES: readonly Article[] = loaded.articles;
/** Why the articles could not be read, or null. */
export const ARTICLES_ERROR: string | null = loaded.error;

/** The article with `id`, or the first one when no id is given. */
export function articleById(id?: string): Article | undefined {
  return id === undefined ? ARTICLES[0] : ARTICLES.find((a) => a.id === id);
}
