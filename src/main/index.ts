// Composition root: builds the core, plugs in the adapters, runs the app lifecycle. No business
// rules here — they live in core/ and are tested without Electron.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { APP_ID } from '../shared/app-identity';
import type { AppState } from '../shared/app-state';
import { QUICK_BREAKS, REMINDER_ROUTES } from '../shared/routes';
import { APP_ORIGIN } from './adapters/app-path';
import { createAutostart } from './adapters/autostart';
import { openListedLink } from './adapters/external-links';
import { registerIpc } from './adapters/ipc';
import { currentTimeZone } from './adapters/power';
import { handleAppProtocol, registerAppScheme } from './adapters/protocol';
import { createReminders } from './adapters/reminders';
import { resourcePath } from './adapters/resources';
import { lockDownContents } from './adapters/secure-window';
import { guardSession } from './adapters/session-guard';
import { openStores } from './adapters/store';
import { AttuneTray } from './adapters/tray';
import { WindowManager } from './adapters/windows';
import { appMenuTemplate } from './core/app-menu';
import { parseArgs, secondInstanceCommands } from './core/cli';
import type { Command } from './core/commands';
import { buildExport, EXPORT_DIALOG_TITLE, exportFileName } from './core/export-data';
import { HistoryService } from './core/history-service';
import { createDispatcher } from './core/ipc-dispatch';
import { SettingsService } from './core/settings-service';

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const userArgs = process.argv.slice(app.isPackaged ? 1 : 2);

const initial = parseArgs(userArgs);
/** Arguments from second launches before start() ran, and the runner start() installs. */
const earlyForwards: string[][] = [];
let runForwarded: ((args: string[]) => void) | null = null;
if (initial.kind === 'help') {
  process.stdout.write(`${initial.text}\n`);
  app.exit(0);
} else if (initial.kind === 'error') {
  process.stderr.write(`attune: ${initial.message}\n`);
  app.exit(2);
} else {
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock({ argv: userArgs })) {
    // Another Attune is running: it receives our arguments through 'second-instance'.
    app.quit();
  } else {
    app.dock?.hide();
    // Windows attributes toasts to the Start-menu shortcut with this AppUserModelID (set by the installer).
    if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
    // A tray app stays alive with no windows.
    app.on('window-all-closed', () => {});
    app.on('web-contents-created', (_e, contents) => lockDownContents(contents));
    // Listen at once: a second launch during start-up is kept and run when the app is ready.
    app.on('second-instance', (_event, argv, _cwd, additionalData) => {
      const args = forwardedArgs(additionalData) ?? argv.slice(app.isPackaged ? 1 : 2);
      if (runForwarded) runForwarded(args);
      else earlyForwards.push(args);
    });
    void app.whenReady().then(() => start(initial.commands));
  }
}

function start(firstCommands: Command[]): void {
  const where = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const icon = (name: string) => resourcePath(where, 'icons', name);

  guardSession(session.defaultSession, devServerUrl);
  // No default menu: it would take Ctrl/Cmd with + − 0 (the reading view's text size) for page zoom.
  const menu = appMenuTemplate(process.platform);
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  handleAppProtocol(protocol, path.join(here, '../renderer'));

  const stores = openStores({ cwd: app.getPath('userData'), Backend: ElectronStore });
  let pendingNotice = stores.notice;
  const settings = new SettingsService(stores.settings, stores.saveSettings);
  const history = new HistoryService(stores.history, stores.saveHistory, randomUUID);
  // A reminder's "Start" (or a click on it) begins what the person chose in Settings: by default
  // the short pause (a minute of breathing, then one kind phrase), never the whole flow unasked.
  const reminders = createReminders(
    settings,
    () => run({ type: 'open', route: REMINDER_ROUTES[settings.get().schedule.reminderStarts] }),
    icon('attune-256.png'),
  );

  const windows = new WindowManager({
    preloadPath: path.join(here, '../preload/index.cjs'),
    pageUrl: devServerUrl ? `${devServerUrl}/` : `${APP_ORIGIN}/index.html`,
    trustedOrigins: devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN],
    iconPath: icon('attune-256.png'),
    backgroundColor: () => (nativeTheme.shouldUseDarkColors ? '#17181c' : '#f7f4ef'),
  });

  const state = (): AppState => ({ reminder: reminders.status() });

  const tray = new AttuneTray(
    {
      normal: icon('tray/tray.png'),
      due: icon('tray/tray-due.png'),
      template: { normal: icon('tray/trayTemplate.png'), due: icon('tray/tray-dueTemplate.png') },
    },
    (c) => run(c),
    process.platform,
    currentTimeZone,
    // The system's regional format (Windows 11 and macOS use it for times), else the UI locale.
    () => app.getSystemLocale() || app.getLocale() || undefined,
  );
  tray.update(state());

  const publishState = () => {
    const s = state();
    tray.update(s);
    windows.broadcast('state:changed', s);
  };
  reminders.subscribe(publishState);
  settings.subscribe((s) => windows.broadcast('settings:changed', s));

  // Start at login follows the setting; at start it is refreshed (an AppImage may have moved).
  const autostart = createAutostart({
    platform: process.platform,
    env: process.env,
    homedir: homedir(),
    execPath: process.execPath,
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    // Inside an AppImage the icon sits on a temporary mount, so the entry goes without one.
    ...(process.env.APPIMAGE ? {} : { iconPath: icon('attune-256.png') }),
    app,
  });
  const applyAutostart = (on: boolean) => {
    try {
      autostart.set(on);
    } catch (err) {
      console.error('attune: could not change start at login:', err);
    }
  };
  if (settings.get().system.startAtLogin) applyAutostart(true);
  settings.subscribe((s, previous) => {
    if (s.system.startAtLogin !== previous.system.startAtLogin) applyAutostart(s.system.startAtLogin);
  });
  history.subscribe((h) => windows.broadcast('history:changed', h));

  const dispatch = createDispatcher<Electron.IpcMainInvokeEvent>(
    {
      'app:info': () => ({
        name: 'Attune',
        version: app.getVersion(),
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
        platform: process.platform,
        dataFiles: stores.files,
        preview: false,
      }),
      'state:get': () => state(),
      'settings:get': () => settings.get(),
      'settings:update': (patch) => settings.update(patch),
      'notice:take': () => {
        const n = pendingNotice;
        pendingNotice = null;
        return n;
      },
      'reminders:pause': ({ for: choice }) => {
        reminders.pause(choice);
        return state();
      },
      'reminders:resume': () => {
        reminders.resume();
        return state();
      },
      'practice:start': () => {
        reminders.practiceStarted();
        return state();
      },
      'practice:finish': (input) => {
        // With history turned off, nothing about the pause is kept.
        const record = settings.get().history.record ? history.add(input) : null;
        reminders.practiceFinished();
        return record;
      },
      'history:list': () => history.list(),
      'history:clear': () => history.clear(),
      'history:delete-note': ({ id }) => history.deleteNote(id),
      'data:delete-all': () => {
        history.clear();
        return settings.reset();
      },
      'data:export': async (_p, event) => {
        const now = new Date();
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options = {
          title: EXPORT_DIALOG_TITLE,
          defaultPath: path.join(app.getPath('documents'), exportFileName(now)),
          filters: [{ name: 'JSON', extensions: ['json'] }],
        };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { savedTo: null };
        const doc = buildExport(app.getVersion(), now, settings.get(), history.list());
        await writeFile(choice.filePath, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
        return { savedTo: choice.filePath };
      },
      'window:open': ({ route }) => {
        if (!windows.open(route)) throw new Error(`no such screen: ${route}`);
      },
      'window:close': (_p, event) => windows.closeFor(event.sender),
      'link:open': ({ id }) => openListedLink(shell, id),
    },
    // The technical detail of anything refused goes to the log; windows show a sentence for a person.
    (channel, message) => console.warn(`attune: ${channel}: ${message}`),
  );
  registerIpc(ipcMain, dispatch, (event) => windows.isTrustedSender(event.sender, event.senderFrame));

  function run(command: Command): void {
    switch (command.type) {
      case 'break':
        windows.open(QUICK_BREAKS[command.which]);
        return;
      case 'open':
        windows.open(command.route);
        return;
      case 'pause':
        reminders.pause(command.for);
        return;
      case 'resume':
        reminders.resume();
        return;
      case 'quit':
        app.quit();
        return;
    }
  }

  // Second launches that arrived while Attune was still starting, in order; then every later one.
  runForwarded = (args) => {
    const result = secondInstanceCommands(args);
    if (result.kind === 'commands') for (const c of result.commands) run(c);
    else windows.open('#/settings');
  };
  for (const args of earlyForwards.splice(0)) runForwarded(args);

  app.on('before-quit', () => {
    reminders.dispose();
    windows.closeAll();
    tray.destroy();
  });

  for (const c of firstCommands) run(c);
}

/** The arguments a second launch sent with its lock request, if they are a list of strings. */
function forwardedArgs(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null || !('argv' in data)) return null;
  const argv = (data as { argv: unknown }).argv;
  return Array.isArray(argv) && argv.every((a) => typeof a === 'string') ? argv : null;
}
