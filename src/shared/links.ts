// The only external pages Attune will ever hand to the system browser (shell.openExternal).
// The renderer names a link by id; main looks the URL up here, so no page can open an arbitrary URL.
export const EXTERNAL_LINKS = {
  'find-a-helpline': 'https://findahelpline.com/',
  'electron-licenses': 'https://github.com/electron/electron/blob/main/LICENSE',
} as const;
export type LinkId = keyof typeof EXTERNAL_LINKS;
