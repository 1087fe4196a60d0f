import { describe, expect, it } from 'vitest';
import {
  ACCELERATOR_PATTERN,
  acceleratorFromKey,
  isAccelerator,
  type KeyPress,
  shortcutLabel,
} from '../../../src/shared/accelerator';

const press = (code: string, mods: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('acceleratorFromKey', () => {
  it.each([
    [press('KeyP', { ctrlKey: true, altKey: true }), false, 'Control+Alt+P'],
    [press('Digit5', { ctrlKey: true, shiftKey: true }), false, 'Control+Shift+5'],
    [press('KeyB', { metaKey: true, shiftKey: true }), true, 'Shift+Command+B'],
    [press('KeyB', { metaKey: true }), false, 'Super+B'],
    [press('F8', { altKey: true }), false, 'Alt+F8'],
    [press('F15'), false, 'F15'],
    [press('ArrowUp', { ctrlKey: true, altKey: true }), false, 'Control+Alt+Up'],
    [press('Space', { ctrlKey: true }), false, 'Control+Space'],
    [press('Slash', { ctrlKey: true }), false, 'Control+/'],
    [press('Numpad1', { altKey: true }), false, 'Alt+num1'],
  ])('%j (mac: %s) → %s', (p, mac, want) => {
    expect(acceleratorFromKey(p, mac)).toEqual({ kind: 'shortcut', accelerator: want });
  });

  it('the physical key counts, not the character a layout gives it', () => {
    // AZERTY: the key in the QWERTY "Q" position types "a"; code stays KeyQ.
    expect(acceleratorFromKey(press('KeyQ', { ctrlKey: true }), false)).toEqual({
      kind: 'shortcut',
      accelerator: 'Control+Q',
    });
  });

  it('modifiers alone keep listening', () => {
    for (const code of ['ControlLeft', 'AltRight', 'ShiftLeft', 'MetaLeft', 'OSLeft'])
      expect(acceleratorFromKey(press(code, { ctrlKey: true }), false)).toEqual({ kind: 'incomplete' });
  });

  it('a plain key, or one with Shift only, would take it from typing: refused', () => {
    expect(acceleratorFromKey(press('KeyP'), false)).toEqual({ kind: 'needs-modifier' });
    expect(acceleratorFromKey(press('KeyP', { shiftKey: true }), false)).toEqual({ kind: 'needs-modifier' });
    expect(acceleratorFromKey(press('F5'), false)).toEqual({ kind: 'needs-modifier' });
  });

  it('keys Electron cannot name are refused', () => {
    expect(acceleratorFromKey(press('IntlRo', { ctrlKey: true }), false)).toEqual({ kind: 'unsupported' });
  });
});

describe('isAccelerator and the schema pattern agree on what is kept', () => {
  it.each([
    ['Control+Alt+P', true],
    ['Super+B', true],
    ['Command+Shift+9', true],
    ['F20', true],
    ['Control+\\', true],
    ['P', false],
    ['Shift+P', false],
    ['Control+Control+P', false],
    ['Control+Plus', false],
    ['Control+Alt+', false],
    ['Ctrl+P', false],
    ['', false],
  ])('%s → %s', (value, want) => {
    expect(isAccelerator(value)).toBe(want);
    // The pattern is looser only where isAccelerator adds a rule (Shift alone, repeats).
    if (want) expect(ACCELERATOR_PATTERN.test(value)).toBe(true);
  });

  it('the pattern compiles with the u flag, as JSON Schema validators compile it', () => {
    expect(() => new RegExp(ACCELERATOR_PATTERN.source, 'u')).not.toThrow();
  });
});

describe('shortcutLabel', () => {
  it('reads like the keyboard', () => {
    expect(shortcutLabel('Control+Alt+P', false)).toBe('Ctrl + Alt + P');
    expect(shortcutLabel('Shift+Command+B', true)).toBe('⇧ ⌘ B');
  });
  it('names the keys as this person’s keyboard does (a German one says Strg and Umschalt)', () => {
    const german = { Control: 'Strg', Alt: 'Alt', Shift: 'Umschalt', Super: 'Super' };
    expect(shortcutLabel('Control+Shift+P', false, german)).toBe('Strg + Umschalt + P');
    expect(shortcutLabel('Super+F13', false, german)).toBe('Super + F13');
    // A Mac's keys are symbols, the same in every language.
    expect(shortcutLabel('Control+Shift+P', true, german)).toBe('⌃ ⇧ P');
  });
});
