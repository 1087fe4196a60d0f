// Busy signals are private (issue 12): the readers ask only whether something is in use, never
// which app or what window; docs/security.md names every D-Bus name and command they use; and
// nothing about busy time is kept — a day full of calls leaves the settings file unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/main/core/export-data';
import { defaultSettings } from '../../src/shared/settings';
import { World } from '../../tools/simulate/engine';

const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/security.md'), 'utf8');
const dir = path.join(root, 'src/main/adapters/desktop');
const readers = readdirSync(dir)
  .filter((f) => /^(busy-probe|camera-|dnd-|fullscreen-|microphone-|macos-|windows-)/.test(f))
  .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));

describe('busy readers', () => {
  it('are all there, and docs/security.md names every D-Bus name and command they use', () => {
    expect(readers.map((r) => r.file).sort()).toEqual([
      'busy-probe.ts',
      'camera-linux.ts',
      'dnd-dunst.ts',
      'dnd-freedesktop.ts',
      'dnd-gnome.ts',
      'dnd-server-flag.ts',
      'dnd-xfce.ts',
      'fullscreen-gnome.ts',
      'fullscreen-x11.ts',
      'macos-focus.ts',
      'microphone-pulse.ts',
      'windows-consent-store.ts',
      'windows-notification-state.ts',
    ]);
    const names = new Set<string>();
    const commands = new Set<string>();
    for (const { text } of readers) {
      for (const m of text.matchAll(/['"`]((?:org|com)\.[a-z0-9]+\.[A-Za-z0-9.]+)['"`]/gi)) names.add(m[1] as string);
      for (const m of text.matchAll(/run\(\s*'([a-z.]+)'/g)) commands.add(m[1] as string);
    }
    expect([...commands].sort()).toEqual(['defaults', 'gsettings', 'pactl', 'powershell.exe', 'reg', 'xprop']);
    const missing = [...names, ...commands].filter((n) => !doc.includes(n));
    expect(missing).toEqual([]);
    expect(names.size).toBeGreaterThanOrEqual(6);
  });

  it('never ask for a window title, a window class or an application name', () => {
    for (const { file, text } of readers) {
      const code = text.replace(/\/\/.*$/gm, ''); // what runs, not the comments explaining it
      expect(code, file).not.toMatch(
        /WM_NAME|_NET_WM_NAME|WM_CLASS|application\.name|application\.process|cmdline|comm\b/,
      );
    }
  });
});

describe('nothing about busy time is kept', () => {
  it('a day of calls, films and Do Not Disturb leaves the saved settings as they were', () => {
    const start = Date.parse('2026-06-01T07:00:00Z');
    const w = new World({ timezone: 'Europe/Berlin', start, settings: defaultSettings() });
    const before = structuredClone(w.saved);
    w.busy(90, 'camera');
    w.advance(120);
    w.busy(60, 'fullscreen');
    w.advance(120);
    w.busy(200, 'dnd');
    w.advance(300);
    expect(w.states.some((s) => s.status.kind === 'held')).toBe(true);
    expect(w.saved).toEqual(before);
    // And the export holds settings and history only: no busy field anywhere.
    const exported = JSON.stringify(buildExport('0.1.0', new Date(start), w.saved, []));
    expect(exported).not.toMatch(/held|busySeen|"busy"/);
  });
});
