// Things the person should hear about once, shown in the next Attune window that opens (its
// notice area asks with "notice:take"). Each kind of fault is told once per run, however often it
// happens. Pure.

export class NoticeBoard {
  private pending: string[] = [];
  private told = new Set<string>();

  /** Adds a notice (nothing for null or empty). */
  add(text: string | null | undefined): void {
    if (text) this.pending.push(text);
  }

  /** Adds a notice the first time `key` is seen in this run; later ones are dropped. */
  once(key: string, text: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    this.add(text);
  }

  /** Everything pending, joined, and forgets it; null when there is nothing. */
  take(): string | null {
    if (this.pending.length === 0) return null;
    const text = this.pending.join(' ');
    this.pending = [];
    return text;
  }
}
