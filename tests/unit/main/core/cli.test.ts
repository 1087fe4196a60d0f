// Command-line arguments → commands, for the first launch and for a second launch's forwarded
// arguments. Bad input gets a clear message and no command.
import { describe, expect, it } from 'vitest';
import { HELP, parseArgs, secondInstanceCommands } from '../../../../src/main/core/cli';

const ok = (args: string[]) => {
  const r = parseArgs(args);
  if (r.kind !== 'commands') throw new Error(`expected commands for ${JSON.stringify(args)}, got ${JSON.stringify(r)}`);
  return r.commands;
};
const err = (args: string[]) => {
  const r = parseArgs(args);
  if (r.kind !== 'error') throw new Error(`expected an error for ${JSON.stringify(args)}, got ${JSON.stringify(r)}`);
  return r.message;
};

describe('parseArgs: every flag', () => {
  it('no arguments: start quietly in the tray', () => {
    expect(ok([])).toEqual([]);
  });

  it('--break takes a pause now, breathe by default', () => {
    expect(ok(['--break'])).toEqual([{ type: 'break', which: 'breathe' }]);
    expect(ok(['--break', 'breathe'])).toEqual([{ type: 'break', which: 'breathe' }]);
    expect(ok(['--break', 'compassion'])).toEqual([{ type: 'break', which: 'compassion' }]);
    expect(ok(['--break', 'three-breaths'])).toEqual([{ type: 'break', which: 'three-breaths' }]);
    expect(ok(['--break=compassion'])).toEqual([{ type: 'break', which: 'compassion' }]);
  });

  it('--pause takes a length', () => {
    for (const length of ['30m', '1h', '2h', 'tomorrow'] as const) {
      expect(ok(['--pause', length])).toEqual([{ type: 'pause', for: length }]);
      expect(ok([`--pause=${length}`])).toEqual([{ type: 'pause', for: length }]);
    }
  });

  it('--resume, --read, --settings', () => {
    expect(ok(['--resume'])).toEqual([{ type: 'resume' }]);
    expect(ok(['--read'])).toEqual([{ type: 'open', route: '#/read' }]);
    expect(ok(['--settings'])).toEqual([{ type: 'open', route: '#/settings' }]);
  });

  it('--help and -h show the help, whatever else is there', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', text: HELP });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', text: HELP });
    expect(parseArgs(['--read', '--help'])).toEqual({ kind: 'help', text: HELP });
    for (const flag of ['--break', '--pause', '--resume', '--read', '--settings', '--help'])
      expect(HELP, `help mentions ${flag}`).toContain(flag);
  });

  it('several flags run in order; a flag that takes an optional value does not eat the next flag', () => {
    expect(ok(['--pause', '1h', '--break', '--read'])).toEqual([
      { type: 'pause', for: '1h' },
      { type: 'break', which: 'breathe' },
      { type: 'open', route: '#/read' },
    ]);
  });
});

describe('parseArgs: bad input gets a clear message', () => {
  it.each([
    [['--break', 'nap'], '--break takes breathe, compassion or three-breaths, not "nap"'],
    [['--break='], '--break takes breathe, compassion or three-breaths, not ""'],
    [['--pause'], '--pause needs a length: 30m, 1h, 2h or tomorrow'],
    [['--pause', '--read'], '--pause needs a length: 30m, 1h, 2h or tomorrow'],
    [['--pause', '3h'], '--pause takes 30m, 1h, 2h or tomorrow, not "3h"'],
    [['--pause=forever'], '--pause takes 30m, 1h, 2h or tomorrow, not "forever"'],
    [['--setings'], 'Unknown option "--setings". Try attune --help.'],
    [['settings'], 'Unknown option "settings". Try attune --help.'],
    [['--read', 'now'], 'Unknown option "now". Try attune --help.'],
    [['-x'], 'Unknown option "-x". Try attune --help.'],
    [['--resume=yes'], '--resume takes no value'],
    [['--settings=1'], '--settings takes no value'],
    [['--read=article'], '--read takes no value'],
  ])('%j → %s', (args, message) => {
    expect(err(args)).toBe(message);
  });

  it('an error means no command runs, even when earlier flags were fine', () => {
    expect(parseArgs(['--read', '--pause', 'soon'])).toEqual({
      kind: 'error',
      message: '--pause takes 30m, 1h, 2h or tomorrow, not "soon"',
    });
  });
});

describe('parseArgs: Chromium and launcher switches are ignored', () => {
  it.each([
    '--no-sandbox',
    '--allow-file-access-from-files',
    '--enable-logging',
    '--enable-logging=stderr',
    '--original-process-start-time=13350000000000000',
    '--disable-gpu',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk=9230',
    '--remote-debugging-port=9222',
    '--ozone-platform-hint=auto',
    '--ozone-platform=wayland',
    '--enable-features=UseOzonePlatform,WaylandWindowDecorations',
    '--enable-wayland-ime',
    '--force-device-scale-factor=1.5',
    '--lang=en-GB',
    '--class=Attune',
    '-psn_0_1234567',
  ])('%s', (flag) => {
    expect(ok([flag])).toEqual([]);
    expect(ok([flag, '--settings', flag])).toEqual([{ type: 'open', route: '#/settings' }]);
  });

  it('a switch that only looks like one is still refused', () => {
    expect(err(['--no-sandboxes'])).toBe('Unknown option "--no-sandboxes". Try attune --help.');
    expect(err(['--inspector'])).toBe('Unknown option "--inspector". Try attune --help.');
  });
});

describe('secondInstanceCommands: what a second launch asks of the running copy', () => {
  it('no arguments opens Settings, so Attune is reachable without a tray', () => {
    expect(secondInstanceCommands([])).toEqual({ kind: 'commands', commands: [{ type: 'open', route: '#/settings' }] });
  });

  it('only Chromium switches counts as no arguments', () => {
    expect(secondInstanceCommands(['--no-sandbox', '--enable-logging'])).toEqual({
      kind: 'commands',
      commands: [{ type: 'open', route: '#/settings' }],
    });
  });

  it('arguments run as they would on a first launch', () => {
    expect(secondInstanceCommands(['--break', 'three-breaths'])).toEqual({
      kind: 'commands',
      commands: [{ type: 'break', which: 'three-breaths' }],
    });
    expect(secondInstanceCommands(['--pause', '2h'])).toEqual({
      kind: 'commands',
      commands: [{ type: 'pause', for: '2h' }],
    });
  });

  it('bad arguments come back as the same error', () => {
    expect(secondInstanceCommands(['--pause', 'x'])).toEqual(parseArgs(['--pause', 'x']));
  });
});

describe('--doctor', () => {
  it('alone, or with --json in either order', () => {
    expect(parseArgs(['--doctor'])).toEqual({ kind: 'doctor', json: false });
    expect(parseArgs(['--doctor', '--json'])).toEqual({ kind: 'doctor', json: true });
    expect(parseArgs(['--json', '--doctor'])).toEqual({ kind: 'doctor', json: true });
    // Chromium's switches from a launcher change nothing.
    expect(parseArgs(['--no-sandbox', '--doctor', '--ozone-platform-hint=auto'])).toEqual({
      kind: 'doctor',
      json: false,
    });
    expect(HELP).toContain('--doctor');
  });

  it('anything else beside it, or --json without it, is a mistake that says what to do', () => {
    expect(parseArgs(['--doctor', '--read'])).toEqual({
      kind: 'error',
      message: '--doctor runs on its own (with --json at most), not with "--read"',
    });
    expect(parseArgs(['--doctor', 'now'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['--json'])).toEqual({
      kind: 'error',
      message: '--json goes with --doctor: attune --doctor --json',
    });
    expect(parseArgs(['--doctor', '--help'])).toEqual({ kind: 'help', text: HELP });
  });
});
