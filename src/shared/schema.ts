// A tiny schema language: one definition gives a TypeScript type, a runtime check with
// plain-language errors, and a JSON Schema (for electron-store). Pure: runs in main, the
// preload and the renderer alike, and needs no eval (the renderer's CSP forbids it).

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  readonly _type?: T;
  /** Returns null when `value` fits, else a message naming the path. */
  check(value: unknown, path?: string): string | null;
  jsonSchema(): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const show = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
};

const at = (path: string) => path || 'value';

export function str(
  opts: { minLength?: number; maxLength?: number; pattern?: RegExp; patternHint?: string } = {},
): Schema<string> {
  return {
    check(v, path = '') {
      if (typeof v !== 'string') return `${at(path)} must be text, not ${show(v)}`;
      if (opts.minLength !== undefined && v.length < opts.minLength)
        return `${at(path)} must be at least ${opts.minLength} characters`;
      if (opts.maxLength !== undefined && v.length > opts.maxLength)
        return `${at(path)} must be at most ${opts.maxLength} characters`;
      if (opts.pattern && !opts.pattern.test(v))
        return `${at(path)} must be ${opts.patternHint ?? `like ${opts.pattern}`}, not ${show(v)}`;
      return null;
    },
    jsonSchema: () => ({
      type: 'string',
      ...(opts.minLength !== undefined && { minLength: opts.minLength }),
      ...(opts.maxLength !== undefined && { maxLength: opts.maxLength }),
      ...(opts.pattern && { pattern: opts.pattern.source }),
    }),
  };
}

/**
 * A number. Both bounds are required: an unbounded number read from a file or a window is how a
 * value no date or timer can hold (9e15 as a time) gets in, so every number says its sane range.
 */
export function num(opts: { min: number; max: number; integer?: boolean; step?: number }): Schema<number> {
  return {
    check(v, path = '') {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${at(path)} must be a number, not ${show(v)}`;
      if (opts.integer && !Number.isInteger(v)) return `${at(path)} must be a whole number, not ${v}`;
      if (v < opts.min || v > opts.max) return `${at(path)} must be between ${opts.min} and ${opts.max}, not ${v}`;
      if (opts.step !== undefined && Math.abs(v / opts.step - Math.round(v / opts.step)) > 1e-9)
        return `${at(path)} must be in steps of ${opts.step}, not ${v}`;
      return null;
    },
    jsonSchema: () => ({
      type: opts.integer ? 'integer' : 'number',
      minimum: opts.min,
      maximum: opts.max,
      ...(opts.step !== undefined && { multipleOf: opts.step }),
    }),
  };
}

/** The earliest and latest instant Attune accepts (epoch ms): 2000-01-01 to 2200-01-01 UTC. */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
export const LATEST_INSTANT = Date.UTC(2200, 0, 1);

/** A moment in time as epoch ms, within a range every date, formatter and timer can hold. */
export function instant(): Schema<number> {
  const inner = num({ integer: true, min: EARLIEST_INSTANT, max: LATEST_INSTANT });
  return {
    check(v, path = '') {
      if (typeof v === 'number' && Number.isInteger(v) && (v < EARLIEST_INSTANT || v > LATEST_INSTANT))
        return `${at(path)} must be a time between the years 2000 and 2200, not ${v}`;
      return inner.check(v, path);
    },
    jsonSchema: inner.jsonSchema,
  };
}

export function bool(): Schema<boolean> {
  return {
    check: (v, path = '') => (typeof v === 'boolean' ? null : `${at(path)} must be true or false, not ${show(v)}`),
    jsonSchema: () => ({ type: 'boolean' }),
  };
}

export function oneOf<const T extends readonly (string | number)[]>(values: T): Schema<T[number]> {
  return {
    check: (v, path = '') =>
      values.includes(v as T[number]) ? null : `${at(path)} must be one of ${values.join(', ')}, not ${show(v)}`,
    jsonSchema: () => ({ enum: [...values] }),
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    check: (v, path = '') => (v === null ? null : inner.check(v, path)),
    jsonSchema: () => ({ anyOf: [inner.jsonSchema(), { type: 'null' }] }),
  };
}

/**
 * One of two shapes (JSON Schema `anyOf`), e.g. a default phrase's id or the person's own text.
 * When neither fits, the message comes from the option of the value's own kind (text, object…),
 * so it says what is wrong rather than listing both shapes.
 */
export function either<A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> {
  const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const kindOfSchema = (s: Schema<unknown>) => {
    const type = s.jsonSchema().type;
    return type === 'integer' ? 'number' : type;
  };
  return {
    check(v, path = '') {
      const errA = a.check(v, path);
      if (errA === null) return null;
      const errB = b.check(v, path);
      if (errB === null) return null;
      return kindOfSchema(b) === kindOf(v) && kindOfSchema(a) !== kindOf(v) ? errB : errA;
    },
    jsonSchema: () => ({ anyOf: [a.jsonSchema(), b.jsonSchema()] }),
  };
}

export function list<T>(item: Schema<T>, opts: { minItems?: number; maxItems?: number } = {}): Schema<T[]> {
  return {
    check(v, path = '') {
      if (!Array.isArray(v)) return `${at(path)} must be a list, not ${show(v)}`;
      if (opts.minItems !== undefined && v.length < opts.minItems)
        return `${at(path)} must have at least ${opts.minItems} items`;
      if (opts.maxItems !== undefined && v.length > opts.maxItems)
        return `${at(path)} must have at most ${opts.maxItems} items`;
      for (let i = 0; i < v.length; i++) {
        const err = item.check(v[i], `${at(path)}[${i}]`);
        if (err) return err;
      }
      return null;
    },
    jsonSchema: () => ({
      type: 'array',
      items: item.jsonSchema(),
      ...(opts.minItems !== undefined && { minItems: opts.minItems }),
      ...(opts.maxItems !== undefined && { maxItems: opts.maxItems }),
    }),
  };
}

/** A string-keyed map, e.g. reading position per article id. */
export function dict<T>(
  value: Schema<T>,
  opts: { maxKeys?: number; keyPattern?: RegExp } = {},
): Schema<Record<string, T>> {
  return {
    check(v, path = '') {
      if (!isPlainObject(v)) return `${at(path)} must be an object, not ${show(v)}`;
      const keys = Object.keys(v);
      if (opts.maxKeys !== undefined && keys.length > opts.maxKeys)
        return `${at(path)} must have at most ${opts.maxKeys} entries`;
      for (const k of keys) {
        if (opts.keyPattern && !opts.keyPattern.test(k)) return `${at(path)} has an unexpected key "${k}"`;
        const err = value.check(v[k], `${at(path)}.${k}`);
        if (err) return err;
      }
      return null;
    },
    jsonSchema: () => ({
      type: 'object',
      additionalProperties: value.jsonSchema(),
      ...(opts.keyPattern && { propertyNames: { pattern: opts.keyPattern.source } }),
      ...(opts.maxKeys !== undefined && { maxProperties: opts.maxKeys }),
    }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
export type ObjectOf<S extends Shape> = {
  -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>;
} & { -readonly [K in OptionalKeys<S>]?: Infer<S[K]> };

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return {
    optional: true,
    check: (v, path = '') => (v === undefined ? null : inner.check(v, path)),
    jsonSchema: () => inner.jsonSchema(),
  };
}

export interface ObjectSchema<S extends Shape> extends Schema<ObjectOf<S>> {
  readonly shape: S;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Closed objects: unknown keys are an error, so a typo never passes silently. */
export function obj<S extends Shape>(shape: S): ObjectSchema<S> {
  return {
    shape,
    check(v, path = '') {
      if (!isPlainObject(v)) return `${at(path)} must be an object, not ${show(v)}`;
      for (const k of Object.keys(v)) {
        if (!Object.hasOwn(shape, k)) return `${path ? `${path}.` : ''}${k} is not a known field`;
      }
      for (const [k, s] of Object.entries(shape)) {
        const err = s.check(v[k], path ? `${path}.${k}` : k);
        if (err) return err;
        if (v[k] === undefined && !('optional' in s)) return `${path ? `${path}.` : ''}${k} is missing`;
      }
      return null;
    },
    jsonSchema: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.jsonSchema()])),
      required: Object.entries(shape)
        .filter(([, s]) => !('optional' in s))
        .map(([k]) => k),
      additionalProperties: false,
    }),
  };
}

/** The payload of a channel that takes nothing. */
export const none: Schema<undefined> = {
  check: (v, path = '') => (v === undefined || v === null ? null : `${at(path)} must be empty`),
  jsonSchema: () => ({ type: 'null' }),
};

export function assertValid<T>(schema: Schema<T>, value: unknown, path?: string): T {
  const err = schema.check(value, path);
  if (err) throw new TypeError(err);
  return value as T;
}
