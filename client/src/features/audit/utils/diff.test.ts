import { describe, expect, it } from 'vitest';
import { diffRecords, displayValue } from './diff';

describe('diffRecords', () => {
  it('lists added, removed and changed fields in order, leaving equal ones out', () => {
    expect(diffRecords({ code: 'A', name: 'Old', email: null, parent: 'D' }, { code: 'A', name: 'New', email: 'a@ente.it', parent: null })).toEqual([
      { field: 'name', kind: 'changed', before: 'Old', after: 'New' },
      { field: 'email', kind: 'added', after: 'a@ente.it' },
      { field: 'parent', kind: 'removed', before: 'D' },
    ]);
  });
  it('treats a creation as every field added and a deletion as every field removed', () => {
    expect(diffRecords(null, { code: 'A', name: 'N', email: null }).map((c) => c.kind)).toEqual(['added', 'added']);
    expect(diffRecords({ code: 'A' }, null)).toEqual([{ field: 'code', kind: 'removed', before: 'A' }]);
  });
  it('walks nested objects as dotted paths and compares lists whole', () => {
    expect(diffRecords({ dates: { start: '2024-01-01', end: null }, zones: ['Z1'] }, { dates: { start: '2024-02-01', end: null }, zones: ['Z1', 'Z2'] })).toEqual([
      { field: 'dates.start', kind: 'changed', before: '2024-01-01', after: '2024-02-01' },
      { field: 'zones', kind: 'changed', before: ['Z1'], after: ['Z1', 'Z2'] },
    ]);
  });
  it('shows values readably', () => {
    expect(displayValue(['a', 'b'])).toBe('a, b');
    expect(displayValue(true)).toBe('true');
    expect(displayValue({ x: 1 })).toBe('{"x":1}');
  });
});
