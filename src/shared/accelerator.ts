// Keyboard shortcuts as Electron accelerator strings ("Control+Alt+P"): recorded from a key press
// in Settings, checked in the settings schema and in main. Pure: no Electron, no DOM types.
// Accelerator grammar: Electron docs, api/accelerator ("Available modifiers", "Available key codes").

export const MODIFIERS = ['Control', 'Alt', 'Shift', 'Super', 'Command'] as const;
export type Modifier = (typeof MODIFIERS)[number];

/** KeyboardEvent.code (the physical key, whatever the layout) → Electron's key code. */
const CODE_KEYS: Record<string, string> = {
  Space: 'Space',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Slash: '/',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};
for (let i = 0; i <= 9; i++) {
  CODE_KEYS[`Digit${i}`] = String(i);
  CODE_KEYS[`Numpad${i}`] = `num${i}`;
}
for (let c = 65; c <= 90; c++) CODE_KEYS[`Key${String.fromCharCode(c)}`] = String.fromCharCode(c);
for (let f = 1; f <= 24; f++) CODE_KEYS[`F${f}`] = `F${f}`;

const KEYS = new Set(Object.values(CODE_KEYS));

/** The parts of a KeyboardEvent that a recording reads. */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type Recorded =
  | { kind: 'shortcut'; accelerator: string }
  /** Only modifiers so far: keep listening. */
  | { kind: 'incomplete' }
  /** A key alone (or with Shift only) would take that key from every program the person types in. */
  | { kind: 'needs-modifier' }
  | { kind: 'unsupported' };

const MODIFIER_CODES = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$|^AltGraph$/;

/**
 * The accelerator for a key press. `mac`: the ⌘ key is "Command" there and "Super" elsewhere
 * (the Windows / Super key).
 */
export function acceleratorFromKey(press: KeyPress, mac: boolean): Recorded {
  if (MODIFIER_CODES.test(press.code)) return { kind: 'incomplete' };
  const key = CODE_KEYS[press.code];
  if (!key) return { kind: 'unsupported' };
  const mods: Modifier[] = [];
  if (press.ctrlKey) mods.push('Control');
  if (press.altKey) mods.push('Alt');
  if (press.shiftKey) mods.push('Shift');
  if (press.metaKey) mods.push(mac ? 'Command' : 'Super');
  const fnKey = /^F(1[3-9]|2[0-4])$/.test(key); // F13–F24 exist on no typing path
  if (!fnKey && !mods.some((m) => m !== 'Shift')) return { kind: 'needs-modifier' };
  return { kind: 'shortcut', accelerator: [...mods, key].join('+') };
}

/** True for an accelerator this module could have recorded (what settings accept). */
export function isAccelerator(value: string): boolean {
  const parts = value.split('+');
  // "Control++" is not a thing here: '+' is never recorded as a key (Electron calls it "Plus").
  const key = parts.pop();
  if (!key || !KEYS.has(key)) return false;
  if (new Set(parts).size !== parts.length) return false;
  if (!parts.every((p) => (MODIFIERS as readonly string[]).includes(p))) return false;
  return /^F(1[3-9]|2[0-4])$/.test(key) || parts.some((p) => p !== 'Shift');
}

/** What the keys are called on this person's keyboard where they aren't symbols (German: "Strg"). */
export type KeyNames = Readonly<Record<'Control' | 'Alt' | 'Shift' | 'Super', string>>;

const ENGLISH_KEY_NAMES: KeyNames = { Control: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Super' };

/** How a shortcut reads to a person: "Ctrl + Alt + P", "Strg + Alt + P", "⌘ ⌥ P" on a Mac. */
export function shortcutLabel(accelerator: string, mac: boolean, keys: KeyNames = ENGLISH_KEY_NAMES): string {
  const names: Record<string, string> = mac
    ? { Control: '⌃', Alt: '⌥', Shift: '⇧', Command: '⌘', Super: '⌘' }
    : { ...keys, Command: keys.Super };
  return accelerator
    .split('+')
    .map((p) => names[p] ?? p)
    .join(mac ? ' ' : ' + ');
}

// Only the characters special in a pattern: JSON Schema validators compile it with the `u` flag,
// which rejects needless escapes such as \- or \/.
const escapeForPattern = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const MOD_GROUP = `(?:(?:${MODIFIERS.join('|')})\\+)`;
/** The settings schema's pattern (also written into electron-store's JSON Schema). */
export const ACCELERATOR_PATTERN = new RegExp(
  `^${MOD_GROUP}{1,4}(?:${[...KEYS].map(escapeForPattern).join('|')})$|^${MOD_GROUP}{0,4}F(?:1[3-9]|2[0-4])$`,
);
