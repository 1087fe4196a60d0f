// Shows the menu model in the system tray. All decisions live in core/tray-menu.ts.
import { Menu, type MenuItemConstructorOptions, nativeImage, Tray } from 'electron';
import { PRODUCT_NAME } from '../../shared/app-identity';
import type { AppState } from '../../shared/app-state';
import type { Translator } from '../../shared/i18n/translator';
import type { Command } from '../core/commands';
import { addDays, instantAtOrAfter, localDateTime } from '../core/local-time';
import { buildTrayMenu, type MenuItemModel, trayIconVariant, trayTooltip } from '../core/tray-menu';

export interface TrayIcons {
  normal: string;
  due: string;
  /** macOS template images (monochrome, adapt to the menu bar). */
  template?: { normal: string; due: string };
}

export function toTemplate(items: MenuItemModel[], run: (c: Command) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'status':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, click: () => run(item.command) };
      default:
        return { label: item.label, submenu: toTemplate(item.items, run) };
    }
  });
}

export class AttuneTray {
  private readonly tray: Tray;
  private variant: 'normal' | 'due' | null = null;
  /** The state shown now, so a change of language can re-apply the words at once. */
  private shown: AppState | null = null;
  /** Re-applies the words at the next local midnight, so "tomorrow, 09:00" becomes "at 09:00". */
  private midnight: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly icons: TrayIcons,
    private readonly run: (c: Command) => void,
    private readonly platform: NodeJS.Platform,
    /** The zone the clock is set to now (times in the menu follow a zone change without restart). */
    private readonly timeZone: () => string | undefined = () => undefined,
    /** The words in use now (the locale service's translator); read at every update. */
    private readonly words: () => Translator,
    /** The system's regional format for times (its hour cycle: 09:00 or 9:00 AM). */
    private readonly regional: () => string | undefined = () => undefined,
  ) {
    this.tray = new Tray(this.image('normal'));
    this.tray.setToolTip(PRODUCT_NAME);
    // Windows shows the menu on right-click only; people click the icon, so show it then too.
    if (platform === 'win32') this.tray.on('click', () => this.tray.popUpContextMenu());
  }

  /** Re-applies the menu, tooltip and icon for `state`. */
  update(state: AppState): void {
    this.shown = state;
    const words = this.words();
    const time = { timeZone: this.timeZone(), regional: this.regional(), now: Date.now() };
    this.tray.setContextMenu(Menu.buildFromTemplate(toTemplate(buildTrayMenu(words, state, time), this.run)));
    this.tray.setToolTip(trayTooltip(words, state, time));
    const variant = trayIconVariant(state);
    if (variant !== this.variant) {
      this.tray.setImage(this.image(variant));
      this.variant = variant;
    }
    this.armMidnight(state, time.timeZone, time.now);
  }

  /** Re-applies the words of the state shown (the language changed). */
  relabel(): void {
    if (this.shown) this.update(this.shown);
  }

  destroy(): void {
    if (this.midnight) clearTimeout(this.midnight);
    this.midnight = null;
    this.tray.destroy();
  }

  /** One deadline timer for the next local midnight (never a tick): the day words change then. */
  private armMidnight(state: AppState, timeZone: string | undefined, now: number): void {
    if (this.midnight) clearTimeout(this.midnight);
    const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const next = instantAtOrAfter(addDays(localDateTime(now, zone), 1), 0, zone);
    this.midnight = setTimeout(() => this.update(state), Math.max(1000, next - now + 1000));
    this.midnight.unref?.();
  }

  private image(variant: 'normal' | 'due') {
    const file = this.platform === 'darwin' && this.icons.template ? this.icons.template[variant] : this.icons[variant];
    const img = nativeImage.createFromPath(file);
    if (this.platform === 'darwin') img.setTemplateImage(true);
    return img;
  }
}
