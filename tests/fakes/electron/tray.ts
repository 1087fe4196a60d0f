// Fake nativeImage, nativeTheme and Tray.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import type * as Electron from 'electron';
import { app } from './app';
import type { FakeMenu } from './menu';
import { notReady, pngSize } from './shared';

type ImageApi = Pick<Electron.NativeImage, 'isEmpty' | 'getSize' | 'setTemplateImage' | 'isTemplateImage'>;

export class FakeNativeImage implements ImageApi {
  private template = false;
  readonly size: { width: number; height: number } | null;
  readonly scaleFactors: number[];
  constructor(
    readonly path: string | null,
    readonly data: Buffer | null,
  ) {
    this.size = data ? pngSize(data) : null;
    const at2x = path ? path.replace(/(\.[a-z]+)$/i, '@2x$1') : null;
    this.scaleFactors = this.size && at2x && existsSync(at2x) ? [1, 2] : this.size ? [1] : [];
  }
  isEmpty(): boolean {
    return this.size === null;
  }
  getSize(): Electron.Size {
    return this.size ? { ...this.size } : { width: 0, height: 0 };
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromPath(file: string): FakeNativeImage {
    try {
      return new FakeNativeImage(file, readFileSync(file));
    } catch {
      return new FakeNativeImage(file, null);
    }
  },
  createEmpty: () => new FakeNativeImage(null, null),
  createFromBuffer: (buffer: Buffer) => new FakeNativeImage(null, buffer),
};

type ThemeApi = Pick<
  Electron.NativeTheme,
  'shouldUseDarkColors' | 'themeSource' | 'shouldUseHighContrastColors' | 'shouldUseInvertedColorScheme'
>;

export class FakeNativeTheme extends EventEmitter implements ThemeApi {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';
  shouldUseHighContrastColors = false;
  shouldUseInvertedColorScheme = false;
  prefersReducedTransparency = false;
  /** Fake only: the system switches light/dark. */
  setDark(dark: boolean): void {
    this.shouldUseDarkColors = dark;
    this.emit('updated');
  }
}
export const nativeTheme = new FakeNativeTheme();

type TrayApi = Pick<
  Electron.Tray,
  'setToolTip' | 'destroy' | 'isDestroyed' | 'setTitle' | 'getTitle' | 'popUpContextMenu'
>;

export class FakeTray extends EventEmitter implements TrayApi {
  static instances: FakeTray[] = [];
  image: FakeNativeImage | string;
  tooltip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  /** Every image set after construction, in order. */
  imageHistory: (FakeNativeImage | string)[] = [];
  destroyed = false;
  constructor(image: FakeNativeImage | string) {
    super();
    if (!app.isReady()) throw notReady('Cannot create Tray');
    this.image = image;
    FakeTray.instances.push(this);
  }
  /** Menus popped up with popUpContextMenu (the context menu when called without one). */
  poppedUp: (FakeMenu | null)[] = [];
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  popUpContextMenu(menu?: unknown): void {
    this.poppedUp.push((menu as FakeMenu | undefined) ?? this.contextMenu);
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = image;
    this.imageHistory.push(image);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
