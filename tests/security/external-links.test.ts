// shell.openExternal only ever receives one of the https pages the app lists, by id.
import { describe, expect, it } from 'vitest';
import { openListedLink } from '../../src/main/adapters/external-links';
import { EXTERNAL_LINKS, type LinkId } from '../../src/shared/links';

function recordingShell() {
  const opened: string[] = [];
  return {
    opened,
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
    },
  };
}

describe('openListedLink', () => {
  const ids = Object.keys(EXTERNAL_LINKS) as LinkId[];

  it.each(ids)('opens exactly the listed URL for %s', async (id) => {
    const { opened, shell } = recordingShell();
    await openListedLink(shell, id);
    expect(opened).toEqual([EXTERNAL_LINKS[id]]);
  });

  it('every listed link is https', () => {
    for (const url of Object.values(EXTERNAL_LINKS)) expect(new URL(url).protocol).toBe('https:');
  });

  it('opens nothing for an id that is not listed', async () => {
    const { opened, shell } = recordingShell();
    await openListedLink(shell, 'javascript:alert(1)' as LinkId);
    await openListedLink(shell, 'file:///etc/passwd' as LinkId);
    expect(opened).toEqual([]);
  });
});
