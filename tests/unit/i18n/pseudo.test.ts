// The pseudo-language shows, on any screen, text that did not come from the catalog (it stays
// plain) and text that is clipped (a bracket goes missing): every message accented, about 40 %
// longer, between brackets — with placeholders, plurals and selects still working.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { resolveLocale } from '../../../src/shared/i18n/languages';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalog, pseudoMessage } from '../../../src/shared/i18n/pseudo';
import { createTranslator, type MessageId } from '../../../src/shared/i18n/translator';

const id = (s: string) => s as MessageId;

function pseudo(raw: Record<string, string>) {
  return createTranslator(resolveLocale('en-XA', []), pseudoCatalog(compileCatalog(raw)));
}

describe('pseudoMessage', () => {
  it('accents every letter and brackets the message', () => {
    const out = pseudo({ 'x.a': 'A pause, if you like.' }).t(id('x.a'));
    expect(out.startsWith(PSEUDO_OPEN)).toBe(true);
    expect(out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).not.toMatch(/[A-Za-z]/);
    expect(out).toContain('Å þáûšé, îƒ ýöû ļîķé.');
  });

  it('is about 40 % longer than the English (brackets aside)', () => {
    for (const text of [
      'Later',
      'A pause, if you like.',
      'Attune is not therapy or crisis care. If you are in crisis…',
    ]) {
      const out = pseudo({ 'x.a': text }).t(id('x.a'));
      const ratio = (out.length - PSEUDO_OPEN.length - PSEUDO_CLOSE.length) / text.length;
      expect(ratio, text).toBeGreaterThanOrEqual(1.3);
      expect(ratio, text).toBeLessThanOrEqual(1.6);
    }
  });

  it('keeps placeholders working and their values unaccented', () => {
    const t = pseudo({ 'x.hi': 'Hello, {name}. Back at {time}.' });
    const out = t.t(id('x.hi'), { name: 'Ana', time: '09:00' });
    expect(out).toContain('Ana');
    expect(out).toContain('09:00');
    expect(out).toContain('Ĥéļļö, ');
  });

  it('keeps plurals and selects working, with # still the count', () => {
    const t = pseudo({
      'x.n': '{count, plural, one {# pause} other {# pauses}}',
      'x.s': '{kind, select, breath {Breathe} other {Rest}}',
    });
    expect(t.t(id('x.n'), { count: 1 })).toMatch(/^\[1 þáûšé~+\]$/);
    expect(t.t(id('x.n'), { count: 5 })).toMatch(/^\[5 þáûšéš~+\]$/);
    expect(t.t(id('x.s'), { kind: 'breath' })).toMatch(/^\[Ɓŕéáţĥé~+\]$/);
    expect(t.t(id('x.s'), { kind: 'x' })).toMatch(/^\[Ŕéšţ~+\]$/);
  });

  it('pseudoCatalog changes every message and keeps every id', () => {
    const compiled = compileCatalog({ 'x.a': 'One', 'x.b': 'Two {n}' });
    const out = pseudoCatalog(compiled);
    expect(Object.keys(out)).toEqual(['x.a', 'x.b']);
    expect(out['x.a']).toEqual(pseudoMessage(compiled['x.a'] as string));
    expect(out['x.a']).not.toEqual(compiled['x.a']);
  });
});
