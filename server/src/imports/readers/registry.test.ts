import { IMPORT_FORMATS } from '../../contract/values';
import { DETECTION_ORDER, inOrder, READERS, readerOf } from './index';

describe('the readers registry', () => {
  it('files every format of the contract under its own id, and detection tries each once', () => {
    expect(Object.keys(READERS).sort()).toEqual([...IMPORT_FORMATS].sort());
    for (const id of IMPORT_FORMATS) expect(READERS[id].id).toBe(id);
    expect(DETECTION_ORDER.map((r) => r.id).sort()).toEqual([...IMPORT_FORMATS].sort());
    // Tidy CSV's loose header names also appear in the other layouts: it is tried last.
    expect(DETECTION_ORDER.at(-1)!.id).toBe('tidy-csv');
  });

  it('refuses at compile time a detection order that misses or repeats a format', () => {
    // @ts-expect-error json-stat and others are missing
    expect(() => inOrder(['xlsx', 'tidy-csv'])).not.toThrow();
    const all = [...IMPORT_FORMATS] as const;
    // @ts-expect-error xlsx twice (one more than there are formats)
    expect(inOrder([...all, 'xlsx'] as const)).toHaveLength(IMPORT_FORMATS.length + 1);
  });

  it('finds a reader by an id from outside the type system, and nothing for an unknown one', () => {
    expect(readerOf('eurostat-tsv')).toBe(READERS['eurostat-tsv']);
    expect(readerOf('csv')).toBeUndefined();
    expect(readerOf('toString')).toBeUndefined();
  });
});
