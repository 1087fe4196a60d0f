// Starts the built main bundle in plain Node with the Electron fake standing in for `electron`,
// drives it like a person would, and writes what happened as JSON for tests/build/boot.test.ts.
//
//   node driver.mjs <electron-fake.mjs> <out/main/index.js> <appData dir> <report.json>
//
// Started like `npm start` (not packaged), so the app must use its development identity:
// <appData>/Attune Dev for its data and lock.
import { existsSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const [fakeFile, mainFile, appData, reportFile] = process.argv.slice(2);
const report = { steps: [], errors: [] };
const tick = () => new Promise((resolve) => setImmediate(resolve));
process.on('uncaughtException', (e) => report.errors.push(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => report.errors.push(`unhandled rejection: ${e?.stack ?? e}`));

function finish(code) {
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  process.exit(code);
}

try {
  register(new URL('./electron-hook.mjs', import.meta.url), { data: { fakeUrl: pathToFileURL(fakeFile).href } });
  const electron = await import('electron');
  const { app, protocol, ipcMain, Tray, BrowserWindow, FakeWebContents, invokeEvent } = electron;
  report.fakeIsDefaultToo = electron.default?.app === app;
  app.setPath('appData', appData);
  app.appPath = process.cwd();
  process.argv = [process.execPath, mainFile];

  await import(pathToFileURL(mainFile).href);
  report.steps.push('imported');
  report.beforeReady = {
    isReady: app.isReady(),
    lockRequests: app.lockRequests,
    privilegedSchemes: protocol.privilegedSchemes,
    protocolHandlers: [...protocol.handlers.keys()],
    trays: Tray.instances.length,
    windows: BrowserWindow.created.length,
    exitCodes: app.exitCodes,
    quitCalls: app.quitCalls,
    name: app.getName(),
    lockDirs: app.lockDirs,
  };
  const devData = `${appData}/Attune Dev`;

  app.markReady();
  await tick();
  report.steps.push('ready');
  const tray = Tray.instances[0];
  report.afterReady = {
    ipcChannels: [...ipcMain.handlers.keys()],
    protocolHandlers: [...protocol.handlers.keys()],
    trays: Tray.instances.length,
    windows: BrowserWindow.created.length,
    dockHidden: app.dockHidden,
    tray: tray && {
      image: tray.image.path,
      imageEmpty: tray.image.isEmpty(),
      imageSize: tray.image.getSize(),
      scaleFactors: tray.image.scaleFactors,
      tooltip: tray.tooltip,
      labels: tray.contextMenu?.labels(),
      quickBreaks: tray.contextMenu?.item('Take a pause now').submenu?.labels(),
    },
    userDataFiles: ['settings.json', 'history.json'].filter((f) => existsSync(`${devData}/${f}`)),
  };

  const page = await protocol.request('app://attune/index.html');
  const body = await page.text();
  report.servedIndex = {
    status: page.status,
    type: page.headers.get('content-type'),
    csp: page.headers.get('content-security-policy'),
    isOurPage: body.includes('<div id="root">'),
  };
  report.servedEscape = (await protocol.request('app://attune/..%2f..%2fpackage.json')).status;

  tray.contextMenu.click('Take a pause now', 'Breathe — 1 minute');
  report.steps.push('clicked quick break');
  const practice = BrowserWindow.created[0];
  report.practice = practice && {
    windows: BrowserWindow.created.length,
    loadedURLs: practice.loadedURLs,
    options: practice.options,
    preloadExists: existsSync(practice.options.webPreferences?.preload ?? ''),
    iconExists: typeof practice.options.icon === 'string' && existsSync(practice.options.icon),
    visibleAtOnce: practice.isVisible(),
  };
  await tick();
  if (practice) {
    report.practice.visibleWhenReady = practice.isVisible();
    report.practice.newWindow = practice.webContents.tryOpenWindow('https://example.com/');
    report.practice.navigationPrevented = practice.webContents.emitPreventable('will-navigate', 'https://example.com/');
    const ours = await ipcMain.invoke('state:get', invokeEvent({ sender: practice.webContents }));
    const stranger = await ipcMain.invoke(
      'state:get',
      invokeEvent({ sender: new FakeWebContents('app://attune/index.html') }),
    );
    report.practice.ipc = { ours, stranger };
  }

  tray.contextMenu.click('Take a pause now', 'Three breaths');
  report.sameWindowForAnotherBreak = {
    windows: BrowserWindow.created.length,
    sent: practice?.webContents.sent,
  };

  app.emitSecondInstance([process.execPath, mainFile], { argv: [] });
  report.secondInstance = BrowserWindow.getAllWindows().map((w) => w.loadedURLs.at(-1));

  app.quit();
  await tick();
  report.afterQuit = {
    openWindows: BrowserWindow.getAllWindows().length,
    trayDestroyed: tray?.isDestroyed(),
  };
  report.steps.push('quit');
  finish(0);
} catch (e) {
  report.errors.push(`driver: ${e?.stack ?? e}`);
  finish(1);
}
