import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../src/main/core/history-service';
import { SettingsService } from '../../../../src/main/core/settings-service';
import { defaultSettings, type Settings } from '../../../../src/shared/settings';

describe('SettingsService', () => {
  it('persists before it publishes, and publishes the new and previous settings', () => {
    const order: string[] = [];
    const service = new SettingsService(defaultSettings(), () => order.push('persist'));
    service.subscribe((s, prev) =>
      order.push(`heard ${s.schedule.snoozeMinutes} after ${prev.schedule.snoozeMinutes}`),
    );
    service.update({ schedule: { snoozeMinutes: 20 } });
    expect(order).toEqual(['persist', 'heard 20 after 10']);
  });

  it('when saving fails, nothing changes and the person is told plainly', () => {
    const service = new SettingsService(defaultSettings(), () => {
      throw new Error('disk full');
    });
    let heard = 0;
    service.subscribe(() => heard++);
    expect(() => service.update({ crisisNote: 'new' })).toThrow(/couldn’t be saved, so nothing changed \(disk full\)/);
    expect(service.get()).toEqual(defaultSettings());
    expect(heard).toBe(0);
  });

  it('names the bad field and keeps the old settings', () => {
    const saved: Settings[] = [];
    const service = new SettingsService(defaultSettings(), (s) => saved.push(s));
    expect(() => service.update({ schedule: { intervalMinutes: 5 } })).toThrow(/schedule\.intervalMinutes/);
    expect(() => service.update({ practice: { constructor: {} } })).toThrow(
      /settings\.practice\.constructor is not a known field/,
    );
    expect(saved).toEqual([]);
    expect(service.get()).toEqual(defaultSettings());
  });

  it('unsubscribing stops the updates', () => {
    const service = new SettingsService(defaultSettings(), () => {});
    let heard = 0;
    const off = service.subscribe(() => heard++);
    service.update({ crisisNote: 'a' });
    off();
    service.update({ crisisNote: 'b' });
    expect(heard).toBe(1);
  });
});

describe('HistoryService', () => {
  const input = { kind: 'breathe' as const, startedAt: Date.UTC(2026, 0, 5, 9), durationSeconds: 60, completed: false };

  it('adds with a new id, persists, and publishes', () => {
    const saved: unknown[] = [];
    let n = 0;
    const service = new HistoryService(
      [],
      (r) => saved.push(r),
      () => `id${++n}`,
    );
    const heard: number[] = [];
    service.subscribe((r) => heard.push(r.length));
    const { record: rec, saved: onDisk } = service.add(input);
    expect(onDisk).toBe(true);
    expect(rec).toEqual({ ...input, id: 'id1' });
    expect(service.list()).toEqual([rec]);
    expect(saved).toEqual([[rec]]);
    expect(heard).toEqual([1]);
  });

  it('a refused clear keeps the history as it was', () => {
    const service = new HistoryService(
      [{ ...input, id: 'old' }],
      () => {
        throw new Error('nope');
      },
      () => 'x',
    );
    expect(() => service.clear()).toThrow('nope');
    expect(service.list()).toHaveLength(1);
  });
});

describe('deleting (delete everything, one note)', () => {
  const input = { kind: 'breathe' as const, startedAt: 1, durationSeconds: 60, completed: true };

  it('reset brings back the first-run settings: phrases, crisis note and all, persisted and published', () => {
    const saved: Settings[] = [];
    const mine = defaultSettings();
    mine.crisisNote = 'Call Sam.';
    mine.practice.phrases.kindness = ['I am doing my best.'];
    mine.schedule.intervalMinutes = 90;
    const service = new SettingsService(mine, (s) => saved.push(s));
    const heard: string[] = [];
    service.subscribe((s, prev) => heard.push(`${prev.crisisNote} → ${s.crisisNote}`));
    expect(service.reset()).toEqual(defaultSettings());
    expect(saved).toEqual([defaultSettings()]);
    // null: Attune's own note again, shown in whatever language Attune speaks.
    expect(heard).toEqual(['Call Sam. → null']);
  });

  it('a reset that cannot be saved changes nothing', () => {
    const mine = { ...defaultSettings(), crisisNote: 'Mine.' };
    const service = new SettingsService(mine, () => {
      throw new Error('EACCES');
    });
    expect(() => service.reset()).toThrow(/nothing changed/);
    expect(service.get().crisisNote).toBe('Mine.');
  });

  it('deleteNote removes one pause’s note and keeps the pause; other notes stay', () => {
    const saved: unknown[] = [];
    const service = new HistoryService(
      [
        { ...input, id: 'a', note: 'first' },
        { ...input, id: 'b', note: 'second' },
      ],
      (r) => saved.push(r),
      () => 'x',
    );
    const after = service.deleteNote('a');
    expect(after).toEqual([
      { ...input, id: 'a' },
      { ...input, id: 'b', note: 'second' },
    ]);
    expect(saved).toHaveLength(1);
    // An unknown id, or a pause with no note, changes and writes nothing.
    service.deleteNote('zzz');
    service.deleteNote('a');
    expect(saved).toHaveLength(1);
  });
});
