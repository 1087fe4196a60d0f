// Every IPC request main answers, by channel: what each one does with the services the
// composition root (index.ts) built. The dispatcher (core/ipc-dispatch.ts) checks the sender and
// the payload before any of these runs.
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { AppState, BusySupport } from '../shared/app-state';
import type { LocaleInfo } from '../shared/i18n/languages';
import type { Translator } from '../shared/i18n/translator';
import { writeExport } from './adapters/export-file';
import { openListedLink } from './adapters/external-links';
import type { openStores } from './adapters/store';
import type { WindowManager } from './adapters/windows';
import { saveProblemWords } from './core/disk-fault';
import { buildExport, exportDialogTitle, exportFileName } from './core/export-data';
import type { HistoryService } from './core/history-service';
import type { Handlers } from './core/ipc-dispatch';
import type { NoticeBoard } from './core/notice-board';
import type { Reminders } from './core/reminders';
import type { SettingsService } from './core/settings-service';

type Ctx = Electron.IpcMainInvokeEvent;

export interface IpcServices {
  stores: Pick<ReturnType<typeof openStores>, 'files'>;
  settings: SettingsService;
  history: HistoryService;
  reminders: Reminders;
  notices: NoticeBoard;
  busy: { support(): Promise<BusySupport> };
  windows: WindowManager;
  shortcut: { set: Handlers<Ctx>['shortcut:set']; status: Handlers<Ctx>['shortcut:status'] };
  state: () => AppState;
  locale: () => LocaleInfo;
  /** The words in use now (notices and reasons are worded in the language of the moment). */
  words: () => Translator;
}

export function ipcHandlers(services: IpcServices): Handlers<Ctx> {
  const { stores, settings, history, reminders, notices, busy, windows, shortcut, state, locale, words } = services;
  return {
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
    'locale:get': () => locale(),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'busy:support': () => busy.support(),
    'notice:take': () => notices.take(words()),
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
      // The scheduler hears the pause ended whatever the disk does; history keeps it either way.
      reminders.practiceFinished();
      // With history turned off, nothing about the pause is kept.
      if (!settings.get().history.record) return { record: null, saved: true, reason: null };
      const { record, saved } = history.add(input);
      return { record, saved, reason: saved ? null : saveProblemWords(words(), history.problem()) };
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
        title: exportDialogTitle(words()),
        defaultPath: path.join(app.getPath('documents'), exportFileName(now)),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { savedTo: null };
      const doc = buildExport(app.getVersion(), now, settings.get(), history.list());
      writeExport(choice.filePath, doc);
      return { savedTo: choice.filePath };
    },
    'window:open': ({ route }) => {
      if (!windows.open(route)) throw new Error(`no such screen: ${route}`);
    },
    'window:close': (_p, event) => windows.closeFor(event.sender),
    'shortcut:set': shortcut.set,
    'shortcut:status': shortcut.status,
    'link:open': ({ id }) => openListedLink(shell, id),
  };
}
