// Maps an app:// URL to a file inside the built renderer folder, or refuses it. Pure path logic
// (node:path only) so the hostile-path tests need no Electron.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'attune';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Returns the absolute file path for `url` under `root`, or null when the URL is not ours or
 * would escape the folder: `..` in any spelling, encoded slashes or backslashes, NUL bytes,
 * absolute or drive paths, other hosts.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  const raw = parsed.pathname;
  // Refuse encodings of separators, dots and control characters outright rather than decoding them.
  if (/%(2f|5c|2e|00)/i.test(raw) || raw.includes('\\') || raw.includes('\0')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\0-\x1f]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..' || /^[a-z]:$/i.test(s))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const full = path.resolve(resolvedRoot, relative);
  if (full !== resolvedRoot && !full.startsWith(resolvedRoot + path.sep)) return null;
  return full;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
