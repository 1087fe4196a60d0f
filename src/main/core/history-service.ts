// The pause history, in memory in main, persisted through an injected writer.
//
// A pause the person took is never lost to the disk: when a write is refused (a full disk, a
// folder Attune may not write) the pause stays in memory, marked unsaved, and is written with the
// next change, at the next retry (a deadline timer backing off to ten minutes — never a busy
// loop) or at quit. Clearing is the exception: it is saved and applied, or neither.
import type { PauseInput, PauseRecord } from '../../shared/history';
import { notifyAll } from './notify-all';

type Listener = (records: PauseRecord[]) => void;

/** Keep about three years of a pause an hour on workdays; older entries leave first. */
export const HISTORY_LIMIT = 20_000;

/** Waits between attempts to save pauses the disk refused: half a minute, doubling, at most ten minutes. */
export const RETRY_FIRST_MS = 30_000;
export const RETRY_MAX_MS = 10 * 60_000;

export interface RetryTimer {
  set(delayMs: number, fire: () => void): unknown;
  clear(handle: unknown): void;
}

export interface HistoryOptions {
  /** The file again when another program changed it (re-validated); null when unchanged. */
  reload?: () => PauseRecord[] | null;
  /** Without one, unsaved pauses are written with the next change or at quit. */
  retry?: RetryTimer;
  log?: (message: string) => void;
}

export class HistoryService {
  private listeners = new Set<Listener>();
  /** Pauses in memory that are not on disk yet, oldest first. */
  private unsaved: PauseRecord[] = [];
  private retryHandle: unknown = null;
  private retryDelay = RETRY_FIRST_MS;
  private lastProblem: unknown = null;

  constructor(
    private records: PauseRecord[],
    private readonly persist: (records: PauseRecord[]) => void,
    private readonly newId: () => string,
    private readonly options: HistoryOptions = {},
  ) {}

  list(): PauseRecord[] {
    return this.records;
  }

  /** True when every pause in memory is on disk. */
  isSaved(): boolean {
    return this.unsaved.length === 0;
  }

  /** Why the last save was refused, while something is unsaved; else null. */
  problem(): unknown {
    return this.isSaved() ? null : this.lastProblem;
  }

  /** Keeps the pause whatever the disk does; returns it and whether it is on disk yet. */
  add(input: PauseInput): { record: PauseRecord; saved: boolean } {
    this.refresh();
    const record: PauseRecord = { ...input, id: this.newId() };
    this.unsaved.push(record);
    this.records = [...this.records, record].slice(-HISTORY_LIMIT);
    this.save();
    notifyAll(this.listeners, [this.records]);
    return { record, saved: this.isSaved() };
  }

  /**
   * Takes the private note off one pause (the pause stays); unknown ids change nothing. Saved and
   * applied, or (when the disk refuses) neither: it throws then.
   */
  deleteNote(id: string): PauseRecord[] {
    this.refresh();
    const at = this.records.findIndex((r) => r.id === id);
    const record = this.records[at];
    if (!record || record.note === undefined) return this.records;
    const { note: _note, ...rest } = record;
    const next = [...this.records];
    next[at] = rest;
    this.persist(next);
    this.records = next;
    this.unsaved = [];
    this.stopRetrying();
    notifyAll(this.listeners, [this.records]);
    return this.records;
  }

  /** Empties the history on disk and in memory, or (when the disk refuses) neither; throws then. */
  clear(): PauseRecord[] {
    this.persist([]);
    this.records = [];
    this.unsaved = [];
    this.stopRetrying();
    notifyAll(this.listeners, [this.records]);
    return this.records;
  }

  /** Tries to write unsaved pauses now (at quit, say); true when nothing is left unsaved. */
  flush(): boolean {
    if (!this.isSaved()) {
      this.refresh();
      this.save();
    }
    return this.isSaved();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.stopRetrying();
  }

  /** Another program changed the file: its pauses, plus ours that are not on disk yet. */
  private refresh(): void {
    const disk = this.options.reload?.();
    if (!disk) return;
    const onDisk = new Set(disk.map((r) => r.id));
    const next = [...disk, ...this.unsaved.filter((r) => !onDisk.has(r.id))].slice(-HISTORY_LIMIT);
    this.records = next;
    notifyAll(this.listeners, [this.records]);
  }

  private save(): void {
    try {
      this.persist(this.records);
      this.unsaved = [];
      this.lastProblem = null;
      this.stopRetrying();
    } catch (err) {
      this.lastProblem = err;
      this.options.log?.(`pause history not saved yet (${err instanceof Error ? err.message : String(err)})`);
      this.retryLater();
    }
  }

  private retryLater(): void {
    const timer = this.options.retry;
    if (!timer || this.retryHandle !== null) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.retryHandle = timer.set(delay, () => {
      this.retryHandle = null;
      this.flush();
    });
  }

  private stopRetrying(): void {
    if (this.retryHandle !== null) this.options.retry?.clear(this.retryHandle);
    this.retryHandle = null;
    this.retryDelay = RETRY_FIRST_MS;
  }
}
