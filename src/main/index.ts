// Composition root: builds the core, plugs in the adapters, runs the app lifecycle. No business
// rules here — they live in core/ and are tested without Electron.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import path from 'node:path';
import { app, dialog, globalShortcut, ipcMain, Menu, nativeTheme, protocol, session } from 'electron';
import ElectronStore from 'electron-store';
import { APP_ID } from '../shared/app-identity';
import type { AppState } from '../shared/app-state';
import { RAW_CATALOGS } from '../shared/i18n/all-catalogs';
import type { Translator } from '../shared/i18n/translator';
import { QUICK_BREAKS, REMINDER_ROUTES } from '../shared/routes';
import { followLanguageInAppMenu, systemWords } from './adapters/app-language';
import { APP_ORIGIN } from './adapters/app-path';
import { createAutostart } from './adapters/autostart';
import { busyReaders, createBusyDesktop } from './adapters/busy';
import { separateDevelopmentIdentity } from './adapters/dev-identity';
import { tellIfRefused } from './adapters/fault-dialog';
import { registerIpc } from './adapters/ipc';
import { currentTimeZone, nodeTimer, resolveTimeZone } from './adapters/power';
import { handleAppProtocol, registerAppScheme } from './adapters/protocol';
import { enableShortcutsPortal, QuickPauseShortcut, shortcutHandlers } from './adapters/quick-pause-shortcut';
import { createAppDesktop, createReminders } from './adapters/reminders';
import { resourcePath } from './adapters/resources';
import { logSandbox } from './adapters/sandbox-facts';
import { lockDownContents } from './adapters/secure-window';
import { guardSession } from './adapters/session-guard';
import { startSafely } from './adapters/start-safely';
import { openStores } from './adapters/store';
import { AttuneTray } from './adapters/tray';
import { drawsOnWayland } from './adapters/window-reveal';
import { WindowManager } from './adapters/windows';
import { parseArgs, secondInstanceCommands } from './core/cli';
import type { Command } from './core/commands';
import { timeZoneNotice } from './core/fault-notices';
import { HistoryService } from './core/history-service';
import { createDispatcher } from './core/ipc-dispatch';
import { createLocaleService, localeInfo } from './core/locale-service';
import { NoticeBoard } from './core/notice-board';
import { SettingsService } from './core/settings-service';
import { doctorWords } from './doctor/language';
import { printDoctorReport } from './doctor/print';
import { ipcHandlers } from './ipc-handlers';

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const userArgs = process.argv.slice(app.isPackaged ? 1 : 2);

const initial = parseArgs(userArgs);
const wayland = drawsOnWayland(process.env, process.platform, app.commandLine.getSwitchValue('ozone-platform'));
/** Arguments from second launches before start() ran, and the runner start() installs. */
const earlyForwards: string[][] = [];
let runForwarded: ((args: string[]) => void) | null = null;
if (initial.kind === 'help') {
  process.stdout.write(`${initial.text}\n`);
  app.exit(0);
} else if (initial.kind === 'error') {
  process.stderr.write(`attune: ${initial.message}\n`);
  app.exit(2);
} else if (initial.kind === 'doctor') {
  // Before the single-instance lock: it reports on this desktop even while Attune runs.
  // In the interface language: the saved choice, else the system's preferred languages.
  const saved = path.join(app.getPath('userData'), 'settings.json');
  const doctorLanguage = doctorWords({ preferred: app.getPreferredSystemLanguages(), settingsFile: saved });
  void printDoctorReport(initial.json, doctorLanguage).then(() => app.exit(0));
} else {
  // npm run dev / npm start: own name, user-data folder and lock, so an installed Attune is untouched.
  separateDevelopmentIdentity(app);
  // Wayland: global shortcuts through the desktop's GlobalShortcuts portal (set before ready).
  enableShortcutsPortal(app, wayland);
  // Linux: say in the log why Chromium's sandbox is off, when it is (AppImage on Ubuntu 24.04+).
  logSandbox(process.platform, app.commandLine.hasSwitch('no-sandbox') || process.argv.includes('--no-sandbox'));
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
    // macOS: opening Attune again from Finder, Launchpad or Spotlight starts no second process;
    // the running app gets 'activate' instead, and does what a second launch does elsewhere.
    app.on('activate', () => runForwarded?.([]));
    void app.whenReady().then(() => startSafely(() => start(initial.commands), { app, dialog, words: () => words() }));
  }
}

/**
 * The words main speaks in: the locale service's once start() has read the settings; before
 * that (a start-up that stops early) the system's language.
 */
let words: () => Translator = () => systemWords(app);

function start(firstCommands: Command[]): void {
  const where = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const icon = (name: string) => resourcePath(where, 'icons', name);

  guardSession(session.defaultSession, devServerUrl);
  handleAppProtocol(protocol, path.join(here, '../renderer'));

  const notices = new NoticeBoard();
  const stores = openStores({
    cwd: app.getPath('userData'),
    Backend: ElectronStore,
    onNotice: (key, text) => notices.once(key, text),
  });
  notices.add(stores.notice);
  const zone = resolveTimeZone();
  if (zone.unusable) notices.once('time-zone', timeZoneNotice(zone.unusable, zone.zone));
  const settings = new SettingsService(stores.settings, stores.saveSettings, stores.reloadSettings);
  // The language: the person's choice, else the system's preferred languages; switches live.
  const locale = createLocaleService({
    catalogs: RAW_CATALOGS,
    choice: settings.get().system.language,
    preferred: app.getPreferredSystemLanguages(),
  });
  settings.subscribe((s) => locale.update(s.system.language));
  words = () => locale.current();
  followLanguageInAppMenu(Menu, process.platform, locale);
  const history = new HistoryService(stores.history, stores.saveHistory, randomUUID, {
    reload: stores.reloadHistory,
    retry: nodeTimer,
    log: (m) => console.warn(`attune: ${m}`),
  });
  const desktop = createAppDesktop(icon('attune-256.png'));
  // Busy (Do Not Disturb, full screen, a call): read only when a reminder is about to be shown.
  const busy = createBusyDesktop(
    busyReaders({ platform: process.platform, env: process.env, sessionBus: desktop.sessionBus }),
  );
  const reminders = createReminders(
    settings,
    // A reminder's "Start" (or a click on it) begins what the person chose in Settings: by default
    // the short pause (a minute of breathing, then one kind phrase), never the whole flow unasked.
    () => run({ type: 'open', route: REMINDER_ROUTES[settings.get().schedule.reminderStarts] }),
    icon('attune-256.png'),
    desktop.notifier,
    desktop,
    busy.source,
    // Each reminder reads the language at the moment it is shown: the next one follows a change.
    () => locale.current(),
  );

  const windows = new WindowManager({
    preloadPath: path.join(here, '../preload/index.cjs'),
    pageUrl: devServerUrl ? `${devServerUrl}/` : `${APP_ORIGIN}/index.html`,
    trustedOrigins: devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN],
    iconPath: icon('attune-256.png'),
    backgroundColor: () => (nativeTheme.shouldUseDarkColors ? '#17181c' : '#f7f4ef'),
    translate: (id) => locale.current().t(id),
  });

  const state = (): AppState => ({ reminder: reminders.status(), desktop: desktop.state() });

  const tray = new AttuneTray(
    {
      normal: icon('tray/tray.png'),
      due: icon('tray/tray-due.png'),
      template: { normal: icon('tray/trayTemplate.png'), due: icon('tray/tray-dueTemplate.png') },
    },
    (c) => run(c),
    process.platform,
    currentTimeZone,
    () => locale.current(),
    // The system's regional format decides the clock (12 or 24 hours; Windows 11 and macOS set it
    // apart from the language), the interface language the words: see shared/time-words.ts.
    () => app.getSystemLocale() || app.getLocale() || undefined,
  );
  tray.update(state());

  const publishState = () => {
    const s = state();
    tray.update(s);
    windows.broadcast('state:changed', s);
  };
  reminders.subscribe(publishState);
  desktop.subscribe(publishState);
  // No tray host (GNOME without the AppIndicator extension): on a first run, Settings opens with
  // a note on how to reach Attune (until the first-run questions there are answered).
  void desktop.trayHost.then((host) => {
    if (host === false && !settings.get().system.loginPromptAnswered) windows.open('#/settings');
  });
  settings.subscribe((s) => windows.broadcast('settings:changed', s));
  locale.onChange((t) => windows.broadcast('locale:changed', localeInfo(t)));
  // A new language: the tray menu and tooltip are rebuilt at once (an open dialog keeps its words).
  locale.onChange(() => tray.relabel());

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

  // The quick-pause shortcut: off until the person records one in Settings.
  const shortcut = new QuickPauseShortcut(
    globalShortcut,
    () => run({ type: 'break', which: 'breathe' }),
    process.platform,
    wayland,
    () => locale.current(),
  );
  shortcut.apply(settings.get().system.quickPauseShortcut);
  const shortcutIpc = shortcutHandlers(shortcut, (quickPauseShortcut) =>
    settings.update({ system: { quickPauseShortcut } }),
  );

  const dispatch = createDispatcher<Electron.IpcMainInvokeEvent>(
    ipcHandlers({
      stores,
      settings,
      history,
      reminders,
      notices,
      busy,
      windows,
      shortcut: shortcutIpc,
      state,
      locale: () => localeInfo(locale.current()),
      words: () => locale.current(),
    }),
    // The technical detail of anything refused goes to the log; windows show a sentence for a person.
    (channel, message) => console.warn(`attune: ${channel}: ${message}`),
  );
  registerIpc(ipcMain, dispatch, (event) => windows.isTrustedSender(event.sender, event.senderFrame));

  function run(command: Command): void {
    tellIfRefused(
      dialog,
      () => locale.current(),
      () => runCommand(command),
    );
  }

  function runCommand(command: Command): void {
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
    // Pauses the disk refused earlier get one more chance.
    history.flush();
    history.dispose();
    reminders.dispose();
    desktop.dispose();
    shortcut.dispose();
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
