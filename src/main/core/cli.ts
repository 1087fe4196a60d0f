// Command-line arguments → commands. Used for the first launch and for arguments a second
// launch forwards to the running copy. Bad arguments produce a message and no command.
import { PAUSE_CHOICES, type PauseChoice } from '../../shared/app-state';
import type { QuickBreak } from '../../shared/routes';
import type { Command } from './commands';

export const HELP = `Usage: attune [option]

  --break [breathe|compassion|three-breaths]  take a pause now (default: breathe)
  --pause 30m|1h|2h|tomorrow                 pause reminders
  --resume                                   resume reminders
  --read                                     open the article
  --settings                                 open settings
  --doctor [--json]                          say what Attune finds on this desktop
                                             (notifications, tray, idle time, lock), then exit
  --help                                     show this help

With no option, Attune starts in the system tray. Starting it again
while it runs opens Settings, so it is reachable without a tray.`;

export type CliResult =
  | { kind: 'commands'; commands: Command[] }
  | { kind: 'help'; text: string }
  /** Print what Attune finds on this desktop (as JSON with --json) and exit. */
  | { kind: 'doctor'; json: boolean }
  | { kind: 'error'; message: string };

const BREAKS: readonly QuickBreak[] = ['breathe', 'compassion', 'three-breaths'];

/**
 * `args` are the person's arguments only (no executable or script path); Chromium switches such
 * as `--no-sandbox` or `--enable-logging` that Electron may pass along are ignored.
 */
export function parseArgs(args: readonly string[]): CliResult {
  const commands: Command[] = [];
  const ours = args.filter((a) => !isChromiumSwitch(a));
  if (ours.includes('--help') || ours.includes('-h')) return { kind: 'help', text: HELP };
  if (ours.includes('--doctor') || ours.includes('--json')) return doctorArgs(ours);
  for (let i = 0; i < ours.length; i++) {
    const arg = ours[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const next = (): string | undefined => {
      if (inline !== undefined) return inline;
      const v = ours[i + 1];
      if (v !== undefined && !v.startsWith('--')) {
        i++;
        return v;
      }
      return undefined;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help', text: HELP };
      case '--break': {
        const which = next() ?? 'breathe';
        if (!BREAKS.includes(which as QuickBreak))
          return { kind: 'error', message: `--break takes breathe, compassion or three-breaths, not "${which}"` };
        commands.push({ type: 'break', which: which as QuickBreak });
        break;
      }
      case '--pause': {
        const length = next();
        if (length === undefined) return { kind: 'error', message: '--pause needs a length: 30m, 1h, 2h or tomorrow' };
        if (!PAUSE_CHOICES.includes(length as PauseChoice))
          return { kind: 'error', message: `--pause takes 30m, 1h, 2h or tomorrow, not "${length}"` };
        commands.push({ type: 'pause', for: length as PauseChoice });
        break;
      }
      case '--resume':
        commands.push({ type: 'resume' });
        break;
      case '--read':
        commands.push({ type: 'open', route: '#/read' });
        break;
      case '--settings':
        commands.push({ type: 'open', route: '#/settings' });
        break;
      default:
        return { kind: 'error', message: `Unknown option "${arg}". Try attune --help.` };
    }
    if (inline !== undefined && flag !== '--break' && flag !== '--pause')
      return { kind: 'error', message: `${flag} takes no value` };
  }
  return { kind: 'commands', commands };
}

/** `--doctor` with nothing but an optional `--json`; anything else beside them is a mistake. */
function doctorArgs(ours: readonly string[]): CliResult {
  if (!ours.includes('--doctor'))
    return { kind: 'error', message: '--json goes with --doctor: attune --doctor --json' };
  const other = ours.find((a) => a !== '--doctor' && a !== '--json');
  if (other !== undefined)
    return { kind: 'error', message: `--doctor runs on its own (with --json at most), not with "${other}"` };
  return { kind: 'doctor', json: ours.includes('--json') };
}

// Switches for Chromium or Electron, never the person's: added by Electron on a relaunch, by
// desktop files (Wayland hints), by macOS Finder (-psn_…), or by developers. Ignored, so a launcher
// that adds them never stops Attune from starting.
const CHROMIUM_SWITCHES = new RegExp(
  `^--(${[
    'no-sandbox',
    'enable-sandbox',
    'no-zygote',
    'allow-file-access-from-files',
    'enable-logging',
    'log-file',
    'log-level',
    'v',
    'vmodule',
    'original-process-start-time',
    'disable-gpu',
    'disable-gpu-sandbox',
    'disable-software-rasterizer',
    'in-process-gpu',
    'use-gl',
    'use-angle',
    'ignore-gpu-blocklist',
    'disable-dev-shm-usage',
    'enable-features',
    'disable-features',
    'ozone-platform',
    'ozone-platform-hint',
    'enable-wayland-ime',
    'wayland-text-input-version',
    'gtk-version',
    'force-device-scale-factor',
    'high-dpi-support',
    'force-dark-mode',
    'password-store',
    'class',
    'lang',
    'user-data-dir',
    'js-flags',
    'inspect',
    'inspect-brk',
    'inspect-port',
    'remote-debugging-port',
    'remote-debugging-pipe',
  ].join('|')})(=.*)?$`,
);
function isChromiumSwitch(arg: string): boolean {
  return CHROMIUM_SWITCHES.test(arg) || arg.startsWith('-psn_');
}

/** What a second launch means: its arguments if it has any, else "show me the app". */
export function secondInstanceCommands(args: readonly string[]): CliResult {
  const parsed = parseArgs(args);
  if (parsed.kind === 'commands' && parsed.commands.length === 0)
    return { kind: 'commands', commands: [{ type: 'open', route: '#/settings' }] };
  return parsed;
}
