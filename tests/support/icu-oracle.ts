// A small, independent reading of the ICU messages in the catalogs, for tests: what a message
// should say for given values, worked out from the raw catalog text with Intl.PluralRules and
// Intl.NumberFormat, never from main's output. It knows what the catalogs use: {arg},
// {arg, plural, …} (with #) and {arg, select, …}, nested. Not a full ICU implementation.

type Values = Readonly<Record<string, string | number>>;

/** The text between `open` (an index of "{") and its matching "}", and the index after it. */
function block(text: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  throw new Error(`unbalanced braces in ${text}`);
}

/** The branches of a plural or select body: "one {…} other {…}" → { one: '…', other: '…' }. */
export function branches(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*([^\s{]+)\s*/.exec(body.slice(i));
    if (!m?.[1]) break;
    const open = i + m[0].length;
    if (body[open] !== '{') throw new Error(`no branch text after ${m[1]} in ${body}`);
    const { inner, end } = block(body, open);
    out[m[1]] = inner;
    i = end;
  }
  return out;
}

/** Every plural in a message: its argument and its branches (nested ones too). */
export function plurals(text: string): { arg: string; branches: Record<string, string> }[] {
  const found: { arg: string; branches: Record<string, string> }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    const { inner, end } = block(text, i);
    const m = /^\s*(\w+)\s*,\s*(plural|select)\s*,/.exec(inner);
    if (m) {
      const b = branches(inner.slice(m[0].length));
      if (m[2] === 'plural') found.push({ arg: m[1] as string, branches: b });
      for (const branch of Object.values(b)) found.push(...plurals(branch));
      i = end - 1;
    }
  }
  return found;
}

/** The argument names a message uses (placeholders, plural and select arguments). */
export function argumentNames(text: string): string[] {
  const names = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    const { inner, end } = block(text, i);
    const m = /^\s*(\w+)\s*(?:,\s*(plural|select)\s*,)?/.exec(inner);
    if (m?.[1]) names.add(m[1]);
    if (m?.[2])
      for (const b of Object.values(branches(inner.slice(m[0].length)))) for (const n of argumentNames(b)) names.add(n);
    i = end - 1;
  }
  return [...names].sort();
}

/** What `text` says in `locale` for `values`. `#` in a plural branch is the number in the locale. */
export function expected(text: string, locale: string, values: Values, hash?: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '#' && hash !== undefined) {
      out += new Intl.NumberFormat(locale).format(hash);
      continue;
    }
    if (ch !== '{') {
      out += ch;
      continue;
    }
    const { inner, end } = block(text, i);
    i = end - 1;
    const m = /^\s*(\w+)\s*(?:,\s*(plural|select)\s*,)?/.exec(inner);
    const name = m?.[1] as string;
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    if (!m?.[2]) {
      out += String(value);
      continue;
    }
    const b = branches(inner.slice(m[0].length));
    if (m[2] === 'select') {
      out += expected(b[String(value)] ?? (b.other as string), locale, values, hash);
    } else {
      const n = Number(value);
      const category = new Intl.PluralRules(locale).select(n);
      const chosen = b[`=${n}`] ?? b[category] ?? b.other;
      if (chosen === undefined) throw new Error(`no "${category}" branch in ${text}`);
      out += expected(chosen, locale, values, n);
    }
  }
  return out;
}
