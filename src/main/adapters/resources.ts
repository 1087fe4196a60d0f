// Where bundled resources (icons for the tray and notifications) are found: beside the app in
// development, in process.resourcesPath when packaged (outside the asar, so the notification
// helpers, which are separate programs, can read the icons too).
import path from 'node:path';

export interface ResourceLocation {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}

export function resourcePath(where: ResourceLocation, ...segments: string[]): string {
  const base = where.isPackaged ? where.resourcesPath : path.join(where.appPath, 'resources');
  return path.join(base, ...segments);
}
