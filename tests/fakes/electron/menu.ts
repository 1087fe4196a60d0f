// The fake Menu and MenuItem.
import type * as Electron from 'electron';
import { asElectron } from './shared';

export class FakeMenuItem {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly checked: boolean;
  readonly id: string | undefined;
  readonly submenu: FakeMenu | undefined;
  constructor(readonly options: Electron.MenuItemConstructorOptions) {
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    this.id = options.id;
    const sub = options.submenu;
    this.submenu =
      sub instanceof FakeMenu ? sub : Array.isArray(sub) ? FakeMenu.buildFromTemplate(sub as never) : undefined;
  }
  /** Fake only: what clicking the item does. Throws when a person could not click it. */
  click(): void {
    if (this.type === 'separator') throw new Error('a separator cannot be clicked');
    if (!this.enabled) throw new Error(`menu item "${this.label}" is disabled`);
    if (!this.options.click) throw new Error(`menu item "${this.label}" has no click handler`);
    this.options.click(asElectron(this), undefined, asElectron({ shiftKey: false, ctrlKey: false, altKey: false }));
  }
}

export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  readonly items: FakeMenuItem[];
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {
    this.items = template.map((t) => new FakeMenuItem(t));
  }
  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }
  /** Fake only: labels of the top-level items ('---' for separators). */
  labels(): string[] {
    return this.items.map((i) => (i.type === 'separator' ? '---' : i.label));
  }
  /** Fake only: the item at a label path, e.g. item('Take a pause now', 'Three breaths'). */
  item(...labelPath: string[]): FakeMenuItem {
    let menu: FakeMenu | undefined = this;
    let found: FakeMenuItem | undefined;
    for (const label of labelPath) {
      found = menu?.items.find((i) => i.label === label);
      if (!found) throw new Error(`no menu item "${label}" in [${menu?.labels().join(', ')}]`);
      menu = found.submenu;
    }
    if (!found) throw new Error('item() needs at least one label');
    return found;
  }
  /** Fake only: clicks the item at a label path. */
  click(...labelPath: string[]): void {
    this.item(...labelPath).click();
  }
}
