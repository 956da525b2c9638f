import fc from 'fast-check';

/** The part of JSON Schema (as zod emits it for the OpenAPI document) the fuzzer reads. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxItems?: number;
  default?: unknown;
};

/** Single UTF-16 code units, NUL and lone surrogates included: what JSON can carry and PostgreSQL cannot always store. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings that broke or could break something: control and invisible characters, encodings, SQL, dates, numbers, sizes. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udbff\udfff',
  '\ud83d\ude00',
  '\u202eabc',
  '\ufeff',
  'ñàé',
  '%ff',
  '%00',
  '%',
  '../../etc/passwd',
  "'; drop table users; --",
  '\\',
  '"',
  '2025-02-30',
  '0000-01-01',
  '9999-12-31',
  '9999-12-31T99:99:99Z',
  '2025-01-01T24:00:00Z',
  '2025-01-01T10:00:00+99:00',
  'x',
  '-1',
  '0',
  '1e3',
  '2147483648',
  '-2147483649',
  '99999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'true',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'http://',
  `https://example.org/${'a'.repeat(3000)}`,
  'a'.repeat(3000),
  'Z'.repeat(70_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 3 },
  { arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);

const NASTY_NUMBERS = [0, -0, -1, 1, 0.5, -0.5, 100, 101, 10_000, 100_000, 2_147_483_647, 2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER + 2, 1e13, 1e14, 1e21, 1e308, -1e308, 5e-324];

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, of the wrong type most of the time. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.constant({ __proto__: { admin: true } }),
  fc.constant(JSON.parse('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]') as unknown),
);

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

function matching(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return fc.string({ maxLength: 20 });
  }
}

const realDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });

/** A value that follows the schema (as far as the fuzzer can tell), to get past validation into the handler. */
function plausible(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const variants = s.anyOf ?? s.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => plausible(v, depth)));
  if (s.allOf?.length) return plausible(s.allOf[0]!, depth);
  const types = typesOf(s);
  const arbs: fc.Arbitrary<unknown>[] = [];
  for (const type of types) {
    if (type === 'null') arbs.push(fc.constant(null));
    else if (type === 'boolean') arbs.push(fc.boolean());
    else if (type === 'integer' || type === 'number') {
      const min = s.minimum ?? s.exclusiveMinimum ?? -1000;
      const max = s.maximum ?? s.exclusiveMaximum ?? 1000;
      const lo = Math.max(Math.ceil(min), -1e9);
      const hi = Math.min(Math.floor(max), 1e9);
      arbs.push(type === 'integer' || lo > hi ? fc.integer({ min: Math.min(lo, hi), max: Math.max(lo, hi) }) : fc.double({ min: lo, max: hi, noNaN: true }));
    } else if (type === 'string') {
      if (s.format === 'date') arbs.push(realDate.map((d) => d.toISOString().slice(0, 10)));
      else if (s.format === 'date-time') arbs.push(realDate.map((d) => d.toISOString()));
      else if (s.format === 'uri') arbs.push(fc.constantFrom('https://example.org/atti/1', 'http://www.cittametropolitana.torino.it/'));
      else if (s.pattern) arbs.push(matching(s.pattern));
      else arbs.push(fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 20, 20) }));
    } else if (type === 'array') {
      arbs.push(depth > 3 ? fc.constant([]) : fc.array(s.items ? valueFor(s.items, depth + 1) : wrongType, { maxLength: Math.min(s.maxItems ?? 3, 3) }));
    } else if (type === 'object') {
      arbs.push(depth > 3 ? fc.constant({}) : objectFor(s, depth + 1));
    }
  }
  return arbs.length ? fc.oneof(...arbs) : wrongType;
}

/** Just past the schema's limits: one character too many, one above the maximum. */
function boundary(s: JsonSchema): fc.Arbitrary<unknown> {
  const out: unknown[] = [];
  if (s.maxLength !== undefined) out.push('a'.repeat(s.maxLength + 1), '\u0000'.repeat(Math.min(s.maxLength, 50)));
  if (s.minLength) out.push('a'.repeat(s.minLength - 1));
  if (s.maximum !== undefined) out.push(s.maximum + 1, s.maximum + 0.5);
  if (s.minimum !== undefined) out.push(s.minimum - 1, s.minimum - 0.5);
  return out.length ? fc.constantFrom(...out) : wrongType;
}

/** A value for a field of this schema: plausible, just past its limits, hostile, or of another type. */
export function valueFor(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausible(s, depth), weight: 4 },
    { arbitrary: boundary(s), weight: 1 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: wrongType, weight: 1 },
  );
}

/**
 * An object with the schema's fields: all plausible (to reach the handler and its writes), plausible
 * but for one hostile field, or each field anything and now and then a field the schema does not know.
 */
export function objectFor(s: JsonSchema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const keys = Object.keys(props);
  const requiredKeys = (s.required ?? []).filter((k) => k in props);
  const valid = fc.record(Object.fromEntries(keys.map((k) => [k, plausible(props[k]!, depth)])), { requiredKeys });
  const anything = fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(props[k]!, depth)])), { requiredKeys: [] }),
      fc.option(fc.tuple(hostileString, wrongType), { freq: 6 }),
    )
    .map(([obj, extra]) => (extra ? { ...obj, [extra[0]]: extra[1] } : obj));
  if (!keys.length) return anything;
  const oneBad = fc
    .tuple(valid, fc.constantFrom(...keys))
    .chain(([obj, key]) => fc.oneof(boundary(props[key]!), hostileString, wrongType).map((bad) => ({ ...obj, [key]: bad })));
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: oneBad, weight: 3 }, { arbitrary: anything, weight: 2 });
}

/** A path segment as a client would write it: percent-encoded, with the bytes of U+FFFD for what UTF-8 cannot carry. */
export function encodeSegment(s: string): string {
  return [...s].map((ch) => (ch.length === 1 && ch >= '\ud800' && ch <= '\udfff' ? '%EF%BF%BD' : encodeURIComponent(ch))).join('');
}

/** Path segments sent as they are, not encoded: broken percent-encoding, traversal, numbers out of range. */
export const RAW_SEGMENTS = ['%ff', '%', '%E0%A4%A', '%C0%AF', '%2e%2e', '..', '.', '%00', '%252e', '2147483648', '-1', '0', '1e3', '%201', '99999999999999999999', 'a'.repeat(5000)];

/** Header values a client can send (Latin-1 without control characters), most of them wrong. */
export const hostileHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '*', 'W/"v1-x"', '"v0-x"', '"v-1-x"', '"v99999999999999999999-x"', '"v2147483648-x"', 'v1', '"v1-', '\u00ff\u0080', 'a'.repeat(8000), '%00', 'null'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);
