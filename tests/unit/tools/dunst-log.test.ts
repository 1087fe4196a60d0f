// The reader of dunst's -print log that the notification, desktop and journey suites share:
// dunst writes each block in pieces, so a block still being written must not count yet — a
// journey once saw a reminder "without actions" that was only half written (CI, stop 18).
import { describe, expect, it } from 'vitest';
import { parseDunstLog } from '../../support/dunst-log';

const BLOCK = [
  '{',
  "\tappname: 'Attune'",
  "\tsummary: 'A pause, if you like'",
  "\tbody: 'Three breaths'",
  "\ticon: '/icons/attune.png'",
  '\ttimeout: 60000',
  '\ttransient: 1',
  '\tactions: {',
  '\t\t"start": "Start"',
  '\t\t"skip": "Skip"',
  '\t}',
  '\tscript_count: 0',
  '}',
  '',
].join('\n');

describe('parseDunstLog', () => {
  it('reads a whole block: fields, expiry, transient and actions', () => {
    expect(parseDunstLog(BLOCK)).toEqual([
      {
        appname: 'Attune',
        summary: 'A pause, if you like',
        body: 'Three breaths',
        icon: '/icons/attune.png',
        timeout: 60000,
        transient: true,
        actions: { start: 'Start', skip: 'Skip' },
      },
    ]);
  });

  it('does not count a block dunst is still writing', () => {
    for (const cut of [BLOCK.indexOf('\tactions'), BLOCK.indexOf('"skip"'), BLOCK.lastIndexOf('}')])
      expect(parseDunstLog(BLOCK + BLOCK.slice(0, cut))).toHaveLength(1);
  });
});
