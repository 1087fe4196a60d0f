import { describe, expect, it } from 'vitest';
import { type AppMenuItem, appMenuTemplate } from '../../../../src/main/core/app-menu';
import { english } from '../../../support/words';

function roles(items: AppMenuItem[]): string[] {
  return items.flatMap((item) => ('role' in item ? [item.role] : 'submenu' in item ? roles(item.submenu) : []));
}

describe('appMenuTemplate', () => {
  it('has no menu at all on Windows and Linux, so no default zoom, reload or devtools shortcuts', () => {
    expect(appMenuTemplate('win32', english())).toBeNull();
    expect(appMenuTemplate('linux', english())).toBeNull();
  });

  it('on macOS keeps editing and window commands but nothing that takes Cmd with + − 0, R or F', () => {
    const menu = appMenuTemplate('darwin', english());
    expect(menu).not.toBeNull();
    const all = roles(menu ?? []);
    for (const needed of ['copy', 'paste', 'selectAll', 'undo', 'quit', 'close']) expect(all).toContain(needed);
    for (const taken of ['zoomIn', 'zoomOut', 'resetZoom', 'reload', 'forceReload', 'toggleDevTools', 'viewMenu'])
      expect(all).not.toContain(taken);
    expect(JSON.stringify(menu)).not.toMatch(/accelerator/);
  });
});
