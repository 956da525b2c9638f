/** One field that differs between the record before and after a write. */
export type FieldChange = { field: string; kind: 'added' | 'removed' | 'changed'; before?: unknown; after?: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Nested objects as dotted paths (`dates.plannedStart`); lists and values as they are. */
function flatten(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(v)) {
    const entries = Object.entries(v);
    if (!entries.length && prefix) out.set(prefix, v);
    for (const [k, child] of entries) flatten(child, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.set(prefix, v);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const empty = (v: unknown) => v === null || v === undefined;

/**
 * The difference between two records of the audit log, field by field, in the order the fields come:
 * a field only after (or empty before) is added, only before (or empty after) removed, else changed;
 * a field empty on both sides (a creation's null e-mail) is no change.
 * A record that is not an object (a text, a number) is the single field "".
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const b = isPlainObject(before) ? flatten(before) : new Map(empty(before) ? [] : [['', before]]);
  const a = isPlainObject(after) ? flatten(after) : new Map(empty(after) ? [] : [['', after]]);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  const out: FieldChange[] = [];
  for (const field of fields) {
    const was = b.get(field);
    const now = a.get(field);
    if (same(was, now) || (empty(was) && empty(now))) continue;
    if (empty(was)) out.push({ field, kind: 'added', after: now });
    else if (empty(now)) out.push({ field, kind: 'removed', before: was });
    else out.push({ field, kind: 'changed', before: was, after: now });
  }
  return out;
}

/** A value as the page shows it: texts as they are, lists joined, the rest as JSON. */
export function displayValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => String(x)).join(', ');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
