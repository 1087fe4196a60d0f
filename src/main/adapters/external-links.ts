// Hands one of Attune's listed pages to the system browser. Each call passes its URL as a literal,
// so what can ever reach shell.openExternal is readable right here (and static scanners such as
// Electronegativity can see it); the renderer only ever names a link id from src/shared/links.ts,
// which the IPC contract validates. tests/security/external-links.test.ts keeps this list and
// EXTERNAL_LINKS identical.
import type { Shell } from 'electron';
import type { LinkId } from '../../shared/links';

export function openListedLink(shell: Pick<Shell, 'openExternal'>, id: LinkId): Promise<void> {
  switch (id) {
    case 'find-a-helpline':
      return shell.openExternal('https://findahelpline.com/');
    case 'electron-licenses':
      return shell.openExternal('https://github.com/electron/electron/blob/main/LICENSE');
  }
}
