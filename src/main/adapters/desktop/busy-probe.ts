// What every busy reader shares: the answer type (true, false, or null for "this desktop can't
// tell"), a way to run a desktop's own command-line tool read-only with a time limit, and the
// rule that combines several readers of one signal. Readers never say which app is busy; each
// returns only whether.
import { execFile } from 'node:child_process';

export type Answer = boolean | null;

export interface BusyProbe {
  /** The mechanism, as the doctor and the docs name it (never an app or a window). */
  readonly source: string;
  read(): Promise<Answer>;
}

export interface CommandResult {
  code: number;
  stdout: string;
}

/** Runs a tool; null when it is not installed, times out or cannot start. Never throws. */
export type RunCommand = (
  file: string,
  args: readonly string[],
  opts?: { env?: NodeJS.ProcessEnv; timeoutMs?: number },
) => Promise<CommandResult | null>;

export const runCommand: RunCommand = (file, args, opts = {}) =>
  new Promise((resolve) => {
    try {
      execFile(
        file,
        [...args],
        { env: opts.env ?? process.env, timeout: opts.timeoutMs ?? 3000, maxBuffer: 1 << 20, windowsHide: true },
        (err, stdout) => {
          if (!err) return resolve({ code: 0, stdout: String(stdout) });
          const code = (err as { code?: unknown }).code;
          // A number is the tool's own exit status; anything else (ENOENT, a time-out) is no answer.
          resolve(
            typeof code === 'number' && !(err as { killed?: boolean }).killed ? { code, stdout: String(stdout) } : null,
          );
        },
      );
    } catch {
      resolve(null);
    }
  });

export interface Combined {
  active: Answer;
  /** Which readers answered (the ones that said busy, when any did), or what was tried. */
  source: string;
}

/**
 * Several readers of one signal (e.g. each notification server's Do Not Disturb): busy when any
 * says so; not busy when at least one can tell and none says busy; null when none can tell.
 */
export const NOTHING = 'none on this desktop';

export async function combine(probes: readonly BusyProbe[]): Promise<Combined> {
  if (probes.length === 0) return { active: null, source: NOTHING };
  const answers = await Promise.all(probes.map((p) => p.read().catch((): Answer => null)));
  const said = (v: boolean) => probes.filter((_, i) => answers[i] === v).map((p) => p.source);
  const busy = said(true);
  if (busy.length > 0) return { active: true, source: busy.join(', ') };
  const free = said(false);
  if (free.length > 0) return { active: false, source: free.join(', ') };
  return { active: null, source: `none answered: ${probes.map((p) => p.source).join(', ')}` };
}
