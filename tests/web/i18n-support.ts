// Helpers for the language tests: the catalogs' own words in any language (so a test finds a
// button by what that language calls it), and page-wide checks — text that did not come from
// the catalog, text clipped by or overflowing its box.
import { expect, type Page } from '@playwright/test';
import type { CatalogLanguage } from '../../src/shared/i18n/languages';
import type { Translator } from '../../src/shared/i18n/translator';
import { wordsFor } from '../support/words';

/** The translator a window uses for `language` (the pseudo-language included), for `locale`. */
export function words(language: CatalogLanguage, locale?: string): Translator {
  return wordsFor(language, locale ? [locale] : []);
}

/** English words Intl itself writes (weekdays, months, AM/PM) — the pseudo-language formats dates in English. */
function intlEnglishWords(): string[] {
  const out = new Set<string>(['AM', 'PM']);
  for (let d = 0; d < 7; d++) {
    const day = new Date(Date.UTC(2026, 2, 1 + d, 12));
    for (const weekday of ['long', 'short', 'narrow'] as const) {
      out.add(new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' }).format(day));
    }
  }
  for (let m = 0; m < 12; m++) {
    const day = new Date(Date.UTC(2026, m, 10, 12));
    for (const month of ['long', 'short'] as const) {
      out.add(new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(day));
    }
  }
  return [...out];
}

/**
 * Text on the page that did not come from the pseudo-language's catalog: runs of Latin letters
 * outside its [ … ] marks. Skipped: the article (it stays English on purpose), the person's own
 * words (marked data-own-words), file paths and such (code), names never translated
 * (translate="no"), language names in their own language (lang differs from the page), and what
 * Intl writes for the English locale the pseudo-language formats with.
 */
export async function untranslatedText(page: Page): Promise<string[]> {
  const allowed = intlEnglishWords();
  return page.evaluate((allowedWords) => {
    const skip = (el: Element | null) =>
      !!el?.closest('article, code, [data-own-words], [translate="no"], script, style') ||
      (!!el?.closest('[lang]') && el.closest('[lang]') !== document.documentElement);
    const found: string[] = [];
    const check = (text: string, where: string) => {
      const outside = text.replace(/\[[^\]]*\]/g, ' ');
      for (const word of outside.match(/[A-Za-z]{2,}/g) ?? []) {
        if (!allowedWords.includes(word)) found.push(`${where}: "${text.trim().slice(0, 80)}"`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skip(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      check(n.textContent ?? '', el.tagName.toLowerCase());
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a);
        if (v) check(v, `${el.tagName.toLowerCase()}[${a}]`);
      }
    }
    check(document.title, 'title');
    return [...new Set(found)];
  }, allowed);
}

/**
 * Text that is cut off or spills out: an element whose content is wider or taller than the box
 * that clips it, and a control (button, link, tab, label, chip) whose text runs past its edges.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!visible(el) || el.closest('svg, article, .visually-hidden, .skip-link')) continue;
      const s = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(s.overflowX);
      const clipsY = ['hidden', 'clip'].includes(s.overflowY);
      const hasText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      if (hasText && clipsX && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped sideways: ${label(el)}`);
      if (hasText && clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`clipped: ${label(el)}`);
      if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`cut short (…): ${label(el)}`);
    }
    const controls = 'button, a, [role="tab"], [role="radio"], [role="switch"], label, select, summary, .chip';
    for (const el of document.querySelectorAll<HTMLElement>(controls)) {
      if (!visible(el) || el.closest('article, .visually-hidden, .skip-link')) continue;
      const box = el.getBoundingClientRect();
      // The control's visible text (text for screen readers only is left out).
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let outside = false;
      for (let n = texts.nextNode(); n && !outside; n = texts.nextNode()) {
        if (!n.textContent?.trim() || n.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
            outside = true;
            break;
          }
        }
      }
      if (outside) problems.push(`text outside its control: ${label(el)}`);
    }
    return [...new Set(problems)];
  });
}

/** The page's language and direction, as <html> says. */
export async function expectLanguage(page: Page, lang: RegExp, dir: 'ltr' | 'rtl'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}
