// The pause history, in memory in main, persisted through an injected writer.
import type { PauseInput, PauseRecord } from '../../shared/history';

type Listener = (records: PauseRecord[]) => void;

/** Keep about three years of a pause an hour on workdays; older entries leave first. */
export const HISTORY_LIMIT = 20_000;

export class HistoryService {
  private listeners = new Set<Listener>();

  constructor(
    private records: PauseRecord[],
    private readonly persist: (records: PauseRecord[]) => void,
    private readonly newId: () => string,
  ) {}

  list(): PauseRecord[] {
    return this.records;
  }

  add(input: PauseInput): PauseRecord {
    const record: PauseRecord = { ...input, id: this.newId() };
    const next = [...this.records, record].slice(-HISTORY_LIMIT);
    this.commit(next);
    return record;
  }

  /** Takes the private note off one pause (the pause stays); unknown ids change nothing. */
  deleteNote(id: string): PauseRecord[] {
    const at = this.records.findIndex((r) => r.id === id);
    const record = this.records[at];
    if (!record || record.note === undefined) return this.records;
    const { note: _note, ...rest } = record;
    const next = [...this.records];
    next[at] = rest;
    this.commit(next);
    return this.records;
  }

  clear(): PauseRecord[] {
    this.commit([]);
    return this.records;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(next: PauseRecord[]): void {
    this.persist(next);
    this.records = next;
    for (const l of this.listeners) l(this.records);
  }
}
