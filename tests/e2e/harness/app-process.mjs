// The app process of an end-to-end run: the built main bundle in plain Node, with `electron`
// resolving to the bundled fake whose windows are Chromium pages in the test process.
//
//   node app-process.mjs <config.json>
// config: { fakeFile, mainFile, appData, appPath, args, second, clockStart, dark }
//
// The clock: @sinonjs/fake-timers replaces Date, performance.now and the timer functions of this
// process before main is loaded, starting at `clockStart` and flowing with real time
// (shouldAdvanceTime). The test process can move it forward (clock:tick), which fires main's
// own timers in order — the shipped scheduler runs unchanged, it only sees time pass.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import FakeTimers from '@sinonjs/fake-timers';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.on('uncaughtException', (e) => console.error(`harness: uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => console.error(`harness: unhandled rejection: ${e?.stack ?? e}`));

const clock = config.second
  ? null
  : FakeTimers.install({
      now: config.clockStart,
      shouldAdvanceTime: true,
      advanceTimeDelta: 20,
      toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });

register(new URL('../../build/boot/electron-hook.mjs', import.meta.url), {
  data: { fakeUrl: pathToFileURL(config.fakeFile).href },
});
const electron = await import('electron');
electron.startAppHost({
  appData: config.appData,
  appPath: config.appPath,
  lockAvailable: !config.second,
  clock,
  dark: config.dark === true,
});
process.argv = [process.execPath, config.mainFile, ...config.args];
await import(pathToFileURL(config.mainFile).href);
// Electron emits 'ready' once the main script has run and the app is initialised.
if (!config.second) electron.app.markReady();
