// Start Attune at login. macOS and Windows: Electron's login items. Linux: an XDG autostart
// entry in $XDG_CONFIG_HOME/autostart (default ~/.config/autostart), removed when turned off.
// Electron is passed in (only its types are imported), so this runs in tests on a real disk.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { autostartEntry } from '../core/autostart-entry';
import { writeFileAtomic } from './atomic-file';

export interface AutostartDeps {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** process.execPath: the installed app, or the electron binary in development. */
  execPath: string;
  isPackaged: boolean;
  /** app.getAppPath(): what the electron binary must be given in development. */
  appPath: string;
  iconPath?: string;
  app: Pick<Electron.App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
}

export interface Autostart {
  /** Turns starting at login on or off; throws if the system refused. */
  set(enabled: boolean): void;
  isEnabled(): boolean;
  /** Where the Linux entry lives; null on other systems. */
  readonly entryPath: string | null;
}

/** $XDG_CONFIG_HOME when it is an absolute path (the spec says to ignore a relative one). */
export function configHome(env: AutostartDeps['env'], homedir: string): string {
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir, '.config');
}

export function createAutostart(deps: AutostartDeps): Autostart {
  if (deps.platform !== 'linux') {
    return {
      entryPath: null,
      set: (enabled) => deps.app.setLoginItemSettings({ openAtLogin: enabled }),
      isEnabled: () => deps.app.getLoginItemSettings().openAtLogin,
    };
  }
  const entryPath = path.join(configHome(deps.env, deps.homedir), 'autostart', 'attune.desktop');
  // An AppImage runs from a temporary mount; $APPIMAGE is the file the person actually has.
  const program = deps.env.APPIMAGE || deps.execPath;
  const args = deps.isPackaged || deps.env.APPIMAGE ? [] : [deps.appPath];
  return {
    entryPath,
    set(enabled) {
      if (!enabled) {
        rmSync(entryPath, { force: true });
        return;
      }
      mkdirSync(path.dirname(entryPath), { recursive: true });
      const icon = deps.iconPath && path.isAbsolute(deps.iconPath) ? deps.iconPath : undefined;
      writeFileAtomic(entryPath, autostartEntry({ program, args, ...(icon && { icon }) }), 0o644);
    },
    isEnabled() {
      try {
        return /^X-GNOME-Autostart-enabled=true$/m.test(readFileSync(entryPath, 'utf8'));
      } catch {
        return false;
      }
    },
  };
}
