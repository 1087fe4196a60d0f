// The app's log for one journey: the app process's stdout and stderr, page console messages and
// errors, and what the harness did — one file, kept next to the test report when a journey fails.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export class AppLog {
  private readonly started = Date.now();
  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    appendFileSync(file, '');
  }
  write(source: string, text: string): void {
    const t = ((Date.now() - this.started) / 1000).toFixed(2).padStart(7);
    const lines = text.replace(/\n$/, '').split('\n');
    appendFileSync(this.file, lines.map((l) => `${t} [${source}] ${l}\n`).join(''));
  }
}
