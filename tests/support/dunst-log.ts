// Parses the blocks `dunst -print` writes for each notification it receives: one reader for the
// notification tests (tests/notify), the desktop suite (tests/desktop) and the journeys (tests/e2e).

export interface SeenNotice {
  appname: string;
  summary: string;
  body: string;
  icon: string;
  /** The expiry the notice asked for, in ms. */
  timeout: number;
  transient: boolean;
  actions: Record<string, string>;
}

/**
 * Only whole blocks count: dunst writes a block in more than one piece, so a reader that looks
 * while it is being written would otherwise see a notice without its actions or body yet.
 */
export function parseDunstLog(text: string): SeenNotice[] {
  return [...text.matchAll(/^\{\n([\s\S]*?)^\}$/gm)]
    .map((m) => m[1] ?? '')
    .map((block) => {
      const field = (name: string) => new RegExp(`^\\s*${name}: '([^']*)'`, 'm').exec(block)?.[1] ?? '';
      const actionsBlock = /actions: \{([^}]*)\}/.exec(block)?.[1] ?? '';
      const actions = Object.fromEntries([...actionsBlock.matchAll(/"([^"]+)": "([^"]*)"/g)].map((m) => [m[1], m[2]]));
      return {
        appname: field('appname'),
        summary: field('summary'),
        body: field('body'),
        icon: field('icon'),
        timeout: Number(/^\s*timeout: (\d+)/m.exec(block)?.[1] ?? Number.NaN),
        transient: /^\s*transient: 1/m.test(block),
        actions,
      };
    });
}
