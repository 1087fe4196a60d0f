// No raw error reaches the screen: schema and file-system messages become a sentence about what
// happened and what the person can do; nothing technical survives the translation.
import { describe, expect, it } from 'vitest';
import { type ErrorAction, errorSentence } from '../../../src/shared/error-words';
import { english } from '../../support/words';

const EN = english();

const ACTIONS: ErrorAction[] = ['save', 'export', 'delete-history', 'delete-all', 'delete-note'];

describe('error sentences', () => {
  it.each([
    ["EACCES: permission denied, open '/home/a/Documents/x.json'", 'Attune isn’t allowed to write there.'],
    ['ENOSPC: no space left on device, write', 'The disk is full.'],
    ["ENOENT: no such file or directory, open '/gone/x.json'", 'That folder isn’t there any more.'],
    ['settings.schedule.intervalMinutes must be at most 240, not 999', 'That value isn’t one Attune can use.'],
    ['request refused: it did not come from an Attune window', 'This window lost touch with the rest of Attune.'],
    ['Something odd: 0x1234', 'Something on this computer got in the way.'],
  ])('%s → %s', (detail, cause) => {
    for (const action of ACTIONS) {
      const text = errorSentence(EN, action, detail);
      expect(text.startsWith(cause)).toBe(true);
      // What to do comes with it, and nothing technical is passed through.
      expect(text).toMatch(/You can try again|Nothing changed|Nothing was|still there/);
      expect(text).not.toMatch(/EACCES|ENOSPC|ENOENT|\/home|settings\.|0x|refused|Error/);
    }
  });
});
