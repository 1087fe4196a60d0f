// Right-to-left layout depends on the stylesheets naming sides by the flow of text (start/end,
// block/inline), never by the screen (left/right/top/bottom): then <html dir="rtl"> mirrors every
// screen with no second stylesheet. This reads every stylesheet of the renderer and names each
// declaration that still points at a physical side, and proves the scan itself catches each kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const RENDERER = join(ROOT, 'src/renderer/src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** Splits a value on spaces outside parentheses: `calc(1px + 2px) 0` → two parts. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of value.trim()) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += c;
  }
  if (current) parts.push(current);
  return parts;
}

const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:top|right|bottom|left)(?:-width|-color|-style)?|top|right|bottom|left|border-(?:top|bottom)-(?:left|right)-radius)$/;

/** What is physical about one declaration, or null when it follows the flow of text. */
function physicalSide(property: string, value: string): string | null {
  const prop = property.trim().toLowerCase();
  const v = value.trim().toLowerCase();
  if (PHYSICAL_PROPERTY.test(prop)) return `${prop} (use the logical property: -inline-start/-end, -block-start/-end)`;
  if ((prop === 'text-align' || prop === 'text-align-last') && /^(left|right)$/.test(v))
    return `${prop}: ${v} (use start/end)`;
  if ((prop === 'float' || prop === 'clear') && /^(left|right)$/.test(v)) return `${prop}: ${v} (use inline-start/end)`;
  if (prop === 'margin' || prop === 'padding' || prop === 'scroll-margin' || prop === 'scroll-padding') {
    const parts = valueParts(v);
    if (parts.length >= 3)
      return `${prop} with ${parts.length} values names sides (use ${prop}-block and ${prop}-inline)`;
  }
  if (prop === 'inset' && valueParts(v).length >= 2)
    return 'inset with several values names sides (use inset-block/inline)';
  if (prop === 'border-radius' && valueParts(v.split('/')[0] ?? '').length >= 2)
    return 'border-radius with several corners (use border-start-start-radius and its siblings)';
  if (prop === 'transform-origin' && /\b(left|right)\b/.test(v) && !/\[dir=/.test(v))
    return `transform-origin: ${v} (needs a [dir="rtl"] counterpart)`;
  return null;
}

interface Declaration {
  selector: string;
  property: string;
  value: string;
  line: number;
}

/** Every declaration of a stylesheet, with the selector of its rule (comments removed). */
function declarations(css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const out: Declaration[] = [];
  const selectors: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      selectors.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (c === ';' || c === '}') {
      const chunk = text.slice(start, i);
      const colon = chunk.indexOf(':');
      if (colon > 0 && selectors.length > 0) {
        const before = text.slice(0, start + chunk.search(/\S/));
        out.push({
          selector: selectors[selectors.length - 1] ?? '',
          property: chunk.slice(0, colon).trim(),
          value: chunk.slice(colon + 1).trim(),
          line: before.split('\n').length,
        });
      }
      if (c === '}') selectors.pop();
      start = i + 1;
    }
  }
  return out;
}

/** A rule that turns the transform around for right to left, and the sides it may name. */
function rtlCounterpart(decl: Declaration, all: readonly Declaration[]): boolean {
  return all.some(
    (d) => d !== decl && d.property === decl.property && d.selector.includes('[dir="rtl"]') && d.value !== decl.value,
  );
}

function problems(css: string): string[] {
  const all = declarations(css);
  return all.flatMap((d) => {
    const why = physicalSide(d.property, d.value);
    if (!why) return [];
    if (d.property === 'transform-origin' && (d.selector.includes('[dir="rtl"]') || rtlCounterpart(d, all))) return [];
    return [`line ${d.line}: ${d.selector} { ${d.property}: ${d.value} } — ${why}`];
  });
}

/** Transforms that move along the line must follow the direction (the --inline-sign token). */
function directionalTransforms(css: string): string[] {
  return declarations(css).flatMap((d) =>
    d.property === 'transform' &&
    /translateX\((?!calc\([^)]*var\(--inline-sign\))/.test(d.value) &&
    !d.selector.includes('[dir=')
      ? [
          `line ${d.line}: ${d.selector} { transform: ${d.value} } — moves along the line; multiply by var(--inline-sign)`,
        ]
      : [],
  );
}

const files = cssFiles(RENDERER);

describe('every stylesheet follows the flow of text', () => {
  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s names no physical side', (_name, file) => {
    const css = readFileSync(file, 'utf8');
    expect(problems(css)).toEqual([]);
    expect(directionalTransforms(css)).toEqual([]);
  });

  it('defines the direction sign for both directions', () => {
    const tokens = readFileSync(join(RENDERER, 'styles/tokens.css'), 'utf8');
    const decl = declarations(tokens).filter((d) => d.property === '--inline-sign');
    expect(decl.map((d) => [d.selector, d.value])).toEqual([
      [':root,\n[dir="ltr"]', '1'],
      ['[dir="rtl"]', '-1'],
    ]);
  });
});

describe('the scan catches each physical side (a bad stylesheet)', () => {
  it.each([
    ['.a { margin-left: 4px; }', 'margin-left'],
    ['.a { padding-right: 4px; }', 'padding-right'],
    ['.a { border-left: 1px solid; }', 'border-left'],
    ['.a { border-top-left-radius: 4px; }', 'border-top-left-radius'],
    ['.a { position: absolute; left: 0; }', 'left'],
    ['.a { right: 2px; }', 'right'],
    ['.a { top: 0; }', 'top'],
    ['.a { text-align: left; }', 'text-align: left'],
    ['.a { text-align: right; }', 'text-align: right'],
    ['.a { float: left; }', 'float: left'],
    ['.a { margin: 0 4px 0 8px; }', 'margin with 4 values'],
    ['.a { padding: 1px calc(2px + 1em) 3px; }', 'padding with 3 values'],
    ['.a { inset: 0 auto 0 0; }', 'inset with several values'],
    ['.a { border-radius: 4px 0 0 4px; }', 'border-radius with several corners'],
    ['.a { transform-origin: left center; }', 'transform-origin'],
    ['@media (max-width: 560px) { .a { margin-right: 0; } }', 'margin-right'],
  ])('%s', (css, what) => {
    expect(problems(css).join('\n')).toContain(what);
  });

  it('a translateX that ignores direction is caught, one that follows it is not', () => {
    expect(directionalTransforms('.a:checked::before { transform: translateX(1.25rem); }')).toHaveLength(1);
    expect(directionalTransforms('.a { transform: translateX(calc(1.25rem * var(--inline-sign))); }')).toEqual([]);
  });

  it('logical properties, symmetric shorthands and mirrored origins pass', () => {
    const css = `
      .a { margin-inline-start: 4px; padding-block: 1px 2px; margin: 0 auto; padding: 1px 2px;
           inset-inline: 0; text-align: start; float: inline-start; border-radius: 50%;
           border-inline-start: 3px solid; inset: 0; }
      .b { transform-origin: left center; }
      [dir="rtl"] .b { transform-origin: right center; }
      /* margin-left: 1px in a comment is fine */`;
    expect(problems(css)).toEqual([]);
  });

  it('reads selectors, properties and lines', () => {
    expect(declarations('.a {\n  color: red;\n}\n@media x {\n  .b { left: 0 }\n}')).toEqual([
      { selector: '.a', property: 'color', value: 'red', line: 2 },
      { selector: '.b', property: 'left', value: '0', line: 5 },
    ]);
  });
});
