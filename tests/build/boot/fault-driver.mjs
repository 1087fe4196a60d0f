// Starts the built main bundle in plain Node with the Electron fake under a fault, and reports
// whether Attune ended up usable (tray with its menu, every IPC handler) or quit cleanly (a
// message shown, the single-instance lock released, a non-zero exit) — never a live process
// with nothing working. For tests/build/boot-faults.test.ts.
//
//   node fault-driver.mjs <electron-fake.mjs> <out/main/index.js> <userData dir> <report.json> <fault>
//
// Faults: "none"; "no-zone-link" (/etc/localtime is not a link, so the zone comes from the
// runtime, e.g. TZ=Etc/Unknown); "menu-throws" (something unforeseen throws during start-up).
import fs, { writeFileSync } from 'node:fs';
import { register, syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [fakeFile, mainFile, userData, reportFile, fault] = process.argv.slice(2);
const report = { errors: [], fault };
const tick = () => new Promise((resolve) => setImmediate(resolve));
process.on('uncaughtException', (e) => report.errors.push(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => report.errors.push(`unhandled rejection: ${e?.stack ?? e}`));

try {
  if (fault === 'no-zone-link') {
    // /etc/localtime as a plain file: readlink gives EINVAL (as on a machine set up that way).
    fs.readlinkSync = () => {
      throw Object.assign(new Error('EINVAL: invalid argument, readlink'), { code: 'EINVAL' });
    };
    syncBuiltinESMExports();
  }
  register(new URL('./electron-hook.mjs', import.meta.url), { data: { fakeUrl: pathToFileURL(fakeFile).href } });
  const electron = await import('electron');
  const { app, ipcMain, Tray, Menu, dialog, BrowserWindow, invokeEvent } = electron;
  // Not packaged, so main moves userData to <appData>/Attune Dev (dev-identity.ts): the test's
  // folder is named so, and its parent is appData.
  app.setPath('appData', path.dirname(userData));
  app.appPath = process.cwd();
  process.argv = [process.execPath, mainFile];
  if (fault === 'menu-throws') {
    Menu.setApplicationMenu = () => {
      throw new Error('the desktop refused the menu');
    };
  }
  await import(pathToFileURL(mainFile).href);
  app.markReady();
  await tick();
  await tick();
  const tray = Tray.instances[0];
  report.afterReady = {
    holdsLock: app.hasSingleInstanceLock(),
    exitCodes: app.exitCodes,
    errorBoxes: dialog.errorBoxes,
    ipcChannels: [...ipcMain.handlers.keys()],
    trays: Tray.instances.length,
    trayLabels: tray?.contextMenu?.labels() ?? null,
    tooltip: tray?.tooltip ?? null,
  };
  if (tray && ipcMain.handlers.has('state:get')) {
    tray.contextMenu.click('Settings…');
    await tick();
    const win = BrowserWindow.created[0];
    const ask = (channel) => ipcMain.invoke(channel, invokeEvent({ sender: win.webContents }));
    report.settings = await ask('settings:get');
    report.state = await ask('state:get');
    report.notice = await ask('notice:take');
    report.noticeAgain = await ask('notice:take');
  }
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  process.exit(0);
} catch (e) {
  report.errors.push(`driver: ${e?.stack ?? e}`);
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  process.exit(1);
}
