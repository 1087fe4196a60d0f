// Things the person should hear about once, shown in the next Attune window that opens (its
// notice area asks with "notice:take"). Each kind of fault is told once per run, however often it
// happens. Notices are put into words when taken, in the language in use then. Pure.
import type { Translator } from '../../shared/i18n/translator';
import { type Notice, sentences } from './fault-notices';

export class NoticeBoard {
  private pending: Notice[] = [];
  private told = new Set<string>();

  /** Adds a notice (nothing for null). */
  add(notice: Notice | null | undefined): void {
    if (notice) this.pending.push(notice);
  }

  /** Adds a notice the first time `key` is seen in this run; later ones are dropped. */
  once(key: string, notice: Notice): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    this.add(notice);
  }

  /** Everything pending, in `tr`'s language, and forgets it; null when there is nothing. */
  take(tr: Translator): string | null {
    if (this.pending.length === 0) return null;
    const text = sentences(
      tr,
      this.pending.map((n) => n(tr)),
    );
    this.pending = [];
    return text;
  }
}
