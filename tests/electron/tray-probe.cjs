// Loaded into Electron's main process with `-r` by tests/electron/smoke.spec.ts, before the app.
// Electron has no API to list trays, so this records every Tray the app configures (and the last
// context menu and tooltip it set) on globalThis, where electronApp.evaluate() can read them.
const { Tray } = require('electron');

// Take our own `-r <this file>` back out of process.argv (Playwright's loader, which runs first,
// has already removed its own switches), so the app sees exactly the arguments a person would give.
const at = process.argv.findIndex(
  (arg, i) => (arg === '-r' || arg === '--require') && process.argv[i + 1] === __filename,
);
if (at !== -1) process.argv.splice(at, 2);

const probe = { trays: [], menus: new Map(), tooltips: new Map() };
globalThis.__attuneProbe = probe;

function seen(tray) {
  if (!probe.trays.includes(tray)) probe.trays.push(tray);
}
for (const method of ['setContextMenu', 'setToolTip', 'setImage']) {
  const original = Tray.prototype[method];
  Tray.prototype[method] = function (value, ...rest) {
    seen(this);
    if (method === 'setContextMenu') probe.menus.set(this, value);
    if (method === 'setToolTip') probe.tooltips.set(this, value);
    return original.call(this, value, ...rest);
  };
}
