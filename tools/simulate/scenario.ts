// Scenario files for the replay harness (docs/simulate.md): parsing and validation. Every
// error names the field that is wrong, so a reviewer can fix a scenario without reading code.

import { isValidTimeZone } from '../../src/main/core/local-time';
import { PAUSE_CHOICES, type PauseChoice } from '../../src/shared/app-state';
import { isPlainObject } from '../../src/shared/schema';
import { applySettingsPatch, defaultSettings, type Settings } from '../../src/shared/settings';
import type { SimBusyReason } from './engine';

export type SimAction =
  | { action: 'start' | 'snooze' | 'skip' | 'resume' }
  | { action: 'pause'; minutes: number }
  | { action: 'pause'; for: PauseChoice };

export type SimEvent = { at: number; index: number } & (
  | { type: 'suspend' | 'lock' | 'practice-end' | 'restart' }
  /** `unreported`: the machine wakes or the screen unlocks, but the app is not told. */
  | { type: 'resume' | 'unlock'; unreported: boolean }
  | { type: 'idle' | 'typing'; minutes: number }
  | { type: 'clock-jump'; minutes: number }
  | { type: 'busy'; minutes: number; reason: SimBusyReason }
  | ({ type: 'action' } & SimAction)
  | { type: 'settings'; settings: unknown }
  | { type: 'timezone'; timezone: string }
);

export interface Scenario {
  timezone: string;
  start: number;
  end: number;
  /** The defaults with the scenario's `settings` merged over them. */
  settings: Settings;
  events: SimEvent[];
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

const EVENT_TYPES = [
  'suspend',
  'resume',
  'lock',
  'unlock',
  'idle',
  'typing',
  'clock-jump',
  'busy',
  'action',
  'practice-end',
  'settings',
  'timezone',
  'restart',
] as const;
const BUSY_REASONS: readonly SimBusyReason[] = ['dnd', 'fullscreen', 'camera', 'microphone'];
const ACTIONS = ['start', 'snooze', 'skip', 'pause', 'resume'] as const;
const ROOT_FIELDS = ['timezone', 'start', 'end', 'settings', 'events'];
/** Long enough for a year of workdays with room to spare; a typo like 20260 stays an error. */
const MAX_SPAN_MS = 3 * 366 * 86_400_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

class Invalid extends Error {}
const fail = (message: string): never => {
  throw new Invalid(message);
};

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

function instant(v: unknown, field: string): number {
  if (typeof v !== 'string' || !ISO_INSTANT.test(v))
    return fail(`${field} must be an ISO instant like "2026-03-27T07:00:00Z", not ${show(v)}`);
  const [y, mo, d, h, mi, se] = v.split(/[-T:.Z+]/).map(Number) as number[];
  const real =
    mo !== undefined &&
    d !== undefined &&
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= new Date(Date.UTC(y ?? 0, mo, 0)).getUTCDate() &&
    (h ?? 0) <= 23 &&
    (mi ?? 0) <= 59 &&
    (Number.isNaN(se) || (se ?? 0) <= 59);
  const t = Date.parse(v);
  if (!real || !Number.isFinite(t)) return fail(`${field} is not a real date: ${show(v)}`);
  return t;
}

function minutes(v: unknown, field: string, opts: { allowNegative?: boolean } = {}): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`${field} must be a number of minutes, not ${show(v)}`);
  if (opts.allowNegative ? v === 0 : v <= 0)
    return fail(`${field} must be ${opts.allowNegative ? 'non-zero' : 'more than 0'}, not ${v}`);
  if (Math.abs(v) > 366 * 24 * 60) return fail(`${field} must be at most a year of minutes, not ${v}`);
  return v;
}

function onlyFields(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k))
      fail(`${where}.${k} is not a known field here (expected ${allowed.map((a) => `"${a}"`).join(', ')})`);
  }
}

export function parseScenario(input: unknown): ParseResult {
  try {
    return { ok: true, scenario: parse(input) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    throw err;
  }
}

function parse(input: unknown): Scenario {
  if (!isPlainObject(input)) return fail('the scenario must be a JSON object');
  for (const k of Object.keys(input)) {
    if (!ROOT_FIELDS.includes(k)) fail(`${k} is not a known field (expected ${ROOT_FIELDS.join(', ')})`);
  }
  if (input.timezone === undefined) fail('timezone is missing (an IANA zone such as "Europe/Berlin")');
  if (typeof input.timezone !== 'string' || !isValidTimeZone(input.timezone))
    fail(`timezone must be an IANA time zone such as "Europe/Berlin", not ${show(input.timezone)}`);
  if (input.start === undefined) fail('start is missing');
  if (input.end === undefined) fail('end is missing');
  const start = instant(input.start, 'start');
  const end = instant(input.end, 'end');
  if (end <= start) fail(`end must be after start (${show(input.start)}), not ${show(input.end)}`);
  if (end - start > MAX_SPAN_MS) fail('end must be at most three years after start');

  let settings = defaultSettings();
  if (input.settings !== undefined) {
    const r = applySettingsPatch(settings, input.settings);
    if (!r.ok) fail(r.error.startsWith('settings') ? r.error : `settings: ${r.error}`);
    else settings = r.value;
  }
  const initial = settings;

  if (input.events !== undefined && !Array.isArray(input.events))
    fail(`events must be a list, not ${show(input.events)}`);
  const raw = (input.events ?? []) as unknown[];
  const events: SimEvent[] = [];
  let prevAt = start;
  let suspended = -1;
  let locked = -1;
  let practising = -1;
  let inputUntil = start; // end of the last idle or typing period
  let inputIndex = -1;
  let busyUntil = start; // end of the last busy period
  let busyIndex = -1;
  for (let i = 0; i < raw.length; i++) {
    const where = `events[${i}]`;
    const e = raw[i];
    if (!isPlainObject(e)) fail(`${where} must be an object, not ${show(e)}`);
    const ev = e as Record<string, unknown>;
    if (ev.at === undefined) fail(`${where}.at is missing`);
    const at = instant(ev.at, `${where}.at`);
    if (at < start || at > end) fail(`${where}.at must be between start and end, not ${show(ev.at)}`);
    if (at < prevAt) fail(`${where}.at is earlier than the event before it; list events in time order`);
    prevAt = at;
    const type = ev.type;
    if (!EVENT_TYPES.includes(type as (typeof EVENT_TYPES)[number]))
      fail(`${where}.type must be one of ${EVENT_TYPES.join(', ')}, not ${show(type)}`);
    switch (type as (typeof EVENT_TYPES)[number]) {
      case 'suspend':
      case 'lock':
      case 'unlock':
      case 'resume':
      case 'practice-end':
      case 'restart': {
        const reportable = type === 'resume' || type === 'unlock';
        onlyFields(ev, reportable ? ['at', 'type', 'unreported'] : ['at', 'type'], where);
        if (ev.unreported !== undefined && typeof ev.unreported !== 'boolean')
          fail(`${where}.unreported must be true or false, not ${show(ev.unreported)}`);
        const t = type as 'suspend' | 'lock' | 'unlock' | 'resume' | 'practice-end' | 'restart';
        if (t === 'suspend') {
          if (suspended >= 0) fail(`${where}: suspend while already suspended (since events[${suspended}])`);
          suspended = i;
        } else if (t === 'resume') {
          if (suspended < 0) fail(`${where}: resume without a suspend before it`);
          suspended = -1;
        } else if (t === 'lock') {
          if (locked >= 0) fail(`${where}: lock while already locked (since events[${locked}])`);
          locked = i;
        } else if (t === 'unlock') {
          if (locked < 0) fail(`${where}: unlock without a lock before it`);
          locked = -1;
        } else if (t === 'practice-end') {
          if (practising < 0) fail(`${where}: practice-end without an "action": "start" before it`);
          practising = -1;
        } else if (suspended >= 0) {
          fail(`${where}: restart while suspended (since events[${suspended}])`);
        }
        if (t === 'resume' || t === 'unlock')
          events.push({ at, index: i, type: t, unreported: ev.unreported === true });
        else events.push({ at, index: i, type: t });
        break;
      }
      case 'idle':
      case 'typing': {
        onlyFields(ev, ['at', 'type', 'minutes'], where);
        if (ev.minutes === undefined) fail(`${where}.minutes is missing`);
        const m = minutes(ev.minutes, `${where}.minutes`);
        if (at < inputUntil)
          fail(`${where} (${type}) overlaps events[${inputIndex}]; idle and typing periods must not overlap`);
        inputUntil = at + m * 60_000;
        inputIndex = i;
        events.push({ at, index: i, type: type as 'idle' | 'typing', minutes: m });
        break;
      }
      case 'busy': {
        onlyFields(ev, ['at', 'type', 'minutes', 'reason'], where);
        if (ev.minutes === undefined) fail(`${where}.minutes is missing (how long the person is busy)`);
        const m = minutes(ev.minutes, `${where}.minutes`);
        if (ev.reason === undefined) fail(`${where}.reason is missing (one of ${BUSY_REASONS.join(', ')})`);
        if (!BUSY_REASONS.includes(ev.reason as SimBusyReason))
          fail(`${where}.reason must be one of ${BUSY_REASONS.join(', ')}, not ${show(ev.reason)}`);
        if (at < busyUntil) fail(`${where} (busy) overlaps events[${busyIndex}]; busy periods must not overlap`);
        busyUntil = at + m * 60_000;
        busyIndex = i;
        events.push({ at, index: i, type: 'busy', minutes: m, reason: ev.reason as SimBusyReason });
        break;
      }
      case 'clock-jump': {
        onlyFields(ev, ['at', 'type', 'minutes'], where);
        if (ev.minutes === undefined) fail(`${where}.minutes is missing`);
        events.push({
          at,
          index: i,
          type: 'clock-jump',
          minutes: minutes(ev.minutes, `${where}.minutes`, { allowNegative: true }),
        });
        break;
      }
      case 'action': {
        const action = ev.action;
        if (!ACTIONS.includes(action as (typeof ACTIONS)[number]))
          fail(`${where}.action must be one of ${ACTIONS.join(', ')}, not ${show(action)}`);
        if (action === 'pause') {
          onlyFields(ev, ['at', 'type', 'action', 'minutes', 'for'], where);
          if (ev.minutes !== undefined && ev.for !== undefined) fail(`${where}: give either minutes or for, not both`);
          if (ev.for !== undefined) {
            if (!PAUSE_CHOICES.includes(ev.for as PauseChoice))
              fail(`${where}.for must be one of ${PAUSE_CHOICES.join(', ')}, not ${show(ev.for)}`);
            events.push({ at, index: i, type: 'action', action: 'pause', for: ev.for as PauseChoice });
          } else {
            if (ev.minutes === undefined) fail(`${where}.minutes is missing (how long to pause)`);
            events.push({
              at,
              index: i,
              type: 'action',
              action: 'pause',
              minutes: minutes(ev.minutes, `${where}.minutes`),
            });
          }
        } else {
          onlyFields(ev, ['at', 'type', 'action'], where);
          if (action === 'start') {
            if (practising >= 0) fail(`${where}: start while a practice runs (since events[${practising}])`);
            practising = i;
          }
          events.push({ at, index: i, type: 'action', action: action as 'start' | 'snooze' | 'skip' | 'resume' });
        }
        break;
      }
      case 'settings': {
        onlyFields(ev, ['at', 'type', 'settings'], where);
        if (ev.settings === undefined) fail(`${where}.settings is missing`);
        const r = applySettingsPatch(settings, ev.settings);
        if (!r.ok) fail(`${where}.${r.error.startsWith('settings') ? r.error : `settings: ${r.error}`}`);
        else settings = r.value;
        events.push({ at, index: i, type: 'settings', settings: ev.settings });
        break;
      }
      case 'timezone': {
        onlyFields(ev, ['at', 'type', 'timezone'], where);
        if (typeof ev.timezone !== 'string' || !isValidTimeZone(ev.timezone))
          fail(`${where}.timezone must be an IANA time zone such as "America/New_York", not ${show(ev.timezone)}`);
        events.push({ at, index: i, type: 'timezone', timezone: ev.timezone as string });
        break;
      }
    }
  }
  return { timezone: input.timezone as string, start, end, settings: initial, events };
}
