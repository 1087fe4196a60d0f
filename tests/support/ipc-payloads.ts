// Payload generators for the IPC contract: a valid example per channel, and fast-check
// arbitraries that produce payloads each channel must refuse. Built from what the contract
// promises (hand-written per channel), not from the validator under test — except for channels
// added later, which fall back to "anything the contract's check refuses".
import fc from 'fast-check';
import { checkRequest, REQUEST_CHANNELS, type RequestChannel } from '../../src/shared/contract';

/** A payload each known channel accepts. */
export const VALID: Partial<Record<RequestChannel, unknown>> = {
  'app:info': undefined,
  'state:get': undefined,
  'settings:get': undefined,
  'settings:update': { practice: { pattern: 'box' } },
  'notice:take': undefined,
  'reminders:pause': { for: '1h' },
  'reminders:resume': undefined,
  'practice:start': undefined,
  'practice:finish': { kind: 'breathe', startedAt: 1_700_000_000_000, durationSeconds: 60, completed: true },
  'history:list': undefined,
  'history:clear': undefined,
  'data:export': undefined,
  'window:open': { route: '#/read' },
  'window:close': undefined,
  'link:open': { id: 'find-a-helpline' },
};

const notAnObject = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything()),
  fc.constant(new Date(0)),
  fc.constant(new Map()),
);
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://example.com/',
    '../../etc/passwd',
    '#/settings\n',
    '#/read?x=<script>',
    `#/read?${'a'.repeat(300)}=1`,
    '\u0000',
    '',
  ),
);
const notText = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());
const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.nat()), fc.object());
/** Adds a key no schema knows to a valid object. */
const withExtraKey = (valid: object) =>
  fc
    .tuple(
      fc
        .oneof(fc.string({ minLength: 1 }), fc.constantFrom('toString', 'constructor', 'hasOwnProperty', 'valueOf'))
        .filter((k) => !Object.hasOwn(valid, k) && k !== '__proto__'),
      fc.anything(),
    )
    .map(([k, v]) => ({ ...valid, [k]: v }));

/** Channels that take nothing refuse any value but undefined/null. */
const somethingForNothing = fc.anything().filter((v) => v !== undefined && v !== null);

const PAUSE = ['30m', '1h', '2h', 'tomorrow'];
const LINKS = ['find-a-helpline', 'electron-licenses'];

const invalidByChannel: Partial<Record<RequestChannel, fc.Arbitrary<unknown>>> = {
  'settings:update': notAnObject,
  'reminders:pause': fc.oneof(
    notAnObject,
    fc.constant({}),
    fc.record({ for: hostileText.filter((s) => !PAUSE.includes(s)) }),
    fc.record({ for: notText }),
    withExtraKey({ for: '1h' }),
  ),
  'window:open': fc.oneof(
    notAnObject,
    fc.constant({}),
    fc.record({ route: hostileText.filter((s) => !/^#\/(read|settings|about|history|practice)$/.test(s)) }),
    fc.record({ route: notText }),
    withExtraKey({ route: '#/read' }),
  ),
  'link:open': fc.oneof(
    notAnObject,
    fc.constant({}),
    fc.record({ id: hostileText.filter((s) => !LINKS.includes(s)) }),
    fc.record({ id: notText }),
    withExtraKey({ id: 'find-a-helpline' }),
  ),
  'practice:finish': fc.oneof(
    notAnObject,
    fc.constant({}),
    fc.record({
      kind: hostileText.filter((s) => !['full', 'breathe', 'compassion', 'three-breaths'].includes(s)),
      startedAt: fc.nat(),
      durationSeconds: fc.nat({ max: 3600 }),
      completed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('breathe'),
      startedAt: fc.oneof(
        fc.integer({ max: -1 }),
        fc.double({ min: 0.001, max: 1e12, noInteger: true, noNaN: true }),
        fc.constant(Number.NaN),
        fc.constant(Number.POSITIVE_INFINITY),
        notNumber,
      ),
      durationSeconds: fc.nat({ max: 3600 }),
      completed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('breathe'),
      startedAt: fc.nat(),
      durationSeconds: fc.oneof(fc.integer({ min: 24 * 3600 + 1 }), fc.integer({ max: -1 }), notNumber),
      completed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('compassion'),
      startedAt: fc.nat(),
      durationSeconds: fc.nat({ max: 3600 }),
      completed: fc.oneof(fc.constantFrom('true', 1, 0, null), fc.object()),
    }),
    fc.record({
      kind: fc.constant('breathe'),
      startedAt: fc.nat(),
      durationSeconds: fc.nat({ max: 3600 }),
      completed: fc.boolean(),
      note: fc.oneof(fc.string({ minLength: 501, maxLength: 600 }), notText),
    }),
    withExtraKey(VALID['practice:finish'] as object),
  ),
};

/** Payloads `channel` must refuse. */
export function invalidPayload(channel: RequestChannel): fc.Arbitrary<unknown> {
  const known = invalidByChannel[channel];
  if (known) return known;
  if (channel in VALID && VALID[channel] === undefined) return somethingForNothing;
  // A channel added after these generators: anything its own schema refuses.
  return fc.anything().filter((v) => checkRequest(channel, v) !== null);
}

export const CHANNELS: readonly RequestChannel[] = REQUEST_CHANNELS;

/** Settings changes that are objects (so they pass the channel's shape check) but not valid settings. */
export const invalidSettingsPatch: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ version: fc.anything() }),
  fc
    .string({ minLength: 1 })
    .filter((k) => !['schedule', 'practice', 'reading', 'system', 'crisisNote', 'remindersPausedUntil'].includes(k))
    .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k))
    .map((k) => ({ [k]: 1 })),
  fc.record({
    schedule: fc.record({ intervalMinutes: fc.oneof(fc.integer({ max: 9 }), fc.integer({ min: 241 }), notNumber) }),
  }),
  fc.record({ schedule: fc.record({ enabled: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }) }),
  fc.record({ practice: fc.record({ pattern: hostileText }) }),
  fc.record({
    practice: fc.record({ volume: fc.oneof(fc.double({ min: 1.0001, max: 1e6, noNaN: true }), fc.constant(-1)) }),
  }),
  // null is Attune's own note (shown in the current language); anything else that is not text is refused.
  fc.record({
    crisisNote: fc.oneof(
      fc.string({ minLength: 2001, maxLength: 2100 }),
      notText.filter((v) => v !== null),
    ),
  }),
  // A phrase is a default's id ({ id: 'kindness.1' }) or the person's text (1–200 characters).
  fc.record({
    practice: fc.record({
      phrases: fc.record({
        kindness: fc.array(
          fc.oneof(
            fc.constant(''),
            fc.string({ minLength: 201, maxLength: 220 }),
            fc.record({ id: fc.string().filter((id) => !/^(naming|common|kindness)\.[123]$/.test(id)) }),
            fc.constant({ id: 'kindness.1', text: 'x' }),
            fc.integer(),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    }),
  }),
  fc.record({ remindersPausedUntil: fc.oneof(fc.integer({ max: -1 }), fc.string(), fc.boolean()) }),
  fc.record({ schedule: notAnObject.filter((v) => v !== undefined) }),
);
