// The pseudo-language: every message of the English catalog with its letters accented and
// about 40 % more length, between brackets. Text that shows up plain on a screen did not come
// from the catalog; a bracket that can't be seen was clipped. Works on compiled messages, so
// placeholders, plurals and selects keep working. Pure.
import type { CompiledCatalog, CompiledMessage } from './translator';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Opening and closing marks of a pseudo-localised message. */
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

function textLength(tokens: readonly unknown[]): number {
  return tokens.reduce<number>((n, tok) => n + (typeof tok === 'string' ? tok.length : 4), 0);
}

type Token = string | readonly unknown[];

function pseudoToken(token: unknown): unknown {
  if (typeof token === 'string') return token === '#' ? token : accent(token);
  if (!Array.isArray(token)) return token;
  const [name, type, format] = token as [unknown, unknown, unknown];
  if ((type === 'plural' || type === 'selectordinal' || type === 'select') && format && typeof format === 'object') {
    const cases = Object.fromEntries(
      Object.entries(format as Record<string, unknown>).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map(pseudoToken) : typeof v === 'string' ? accent(v) : v,
      ]),
    );
    return [name, type, cases];
  }
  return token;
}

/** One message, pseudo-localised: accented, padded to about 140 %, bracketed. */
export function pseudoMessage(message: CompiledMessage): CompiledMessage {
  const tokens: readonly Token[] = typeof message === 'string' ? [message] : (message as readonly Token[]);
  const padding = '~'.repeat(Math.max(1, Math.round(textLength(tokens) * 0.4)));
  return [PSEUDO_OPEN, ...tokens.map(pseudoToken), padding, PSEUDO_CLOSE];
}

/** A whole catalog, pseudo-localised. */
export function pseudoCatalog(catalog: CompiledCatalog): CompiledCatalog {
  return Object.fromEntries(Object.entries(catalog).map(([id, m]) => [id, pseudoMessage(m)]));
}
