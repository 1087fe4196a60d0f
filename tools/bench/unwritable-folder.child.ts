// Child of unwritable-folder.bench.ts, run as a user who may not write <dir>: the CPU time of a
// settings save there, through electron-store's write path (conf + atomically, which retries
// EACCES in a loop for up to a second) and through Attune's own (one attempt, then a message).
// Prints one JSON line: { conf: ms per save, attune: ms per save, attuneMessage }.
import Conf from 'conf';
import { openStores, type StoreBackendClass, settingsBackendOptions } from '../../src/main/adapters/store';
import { defaultSettings } from '../../src/shared/settings';

const dir = process.argv[2] as string;
const runs = Number(process.argv[3] ?? 3);

function cpuMsPerRun(fn: () => void): number {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    try {
      fn();
    } catch {
      // refused, as expected
    }
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

// conf only opens (it reads); its writes are what the app used to do on every change.
const conf = new (Conf as unknown as new (o: unknown) => { store: unknown })(settingsBackendOptions(dir));
const stores = openStores({ cwd: dir, Backend: Conf as unknown as StoreBackendClass });
let message = '';
const s = defaultSettings();
const result = {
  conf: cpuMsPerRun(() => {
    s.reading.textSize = (s.reading.textSize + 1) % 5;
    conf.store = s;
  }),
  attune: cpuMsPerRun(() => {
    s.reading.textSize = (s.reading.textSize + 1) % 5;
    try {
      stores.saveSettings(s);
    } catch (err) {
      message = (err as Error).message;
      throw err;
    }
  }),
  attuneMessage: message,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
