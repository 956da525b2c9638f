import { jsonStatReader as reader } from './json-stat';
import { errorOf, readAll } from './test-utils';

// No complete JSON-stat 2.0 file exists in shared/data (PROVENANCE: only truncated snippets were found), so
// these documents are built here following the JSON-stat 2.0 specification (https://json-stat.org/format/).
const dataset = {
  version: '2.0',
  class: 'dataset',
  label: 'GDP per inhabitant',
  source: 'ESTAT',
  id: ['unit', 'geo', 'time'],
  size: [1, 2, 2],
  role: { time: ['time'], geo: ['geo'], metric: ['unit'] },
  dimension: {
    unit: { category: { index: ['EUR_HAB'], label: { EUR_HAB: 'Euro per inhabitant' } } },
    geo: { category: { index: { ITC1: 0, ITC11: 1 }, label: { ITC1: 'Piemonte', ITC11: 'Torino' } } },
    time: { category: { index: ['2020', '2021'] } },
  },
  value: [31000, 33700, 30800, 34300],
  status: { '3': 'p' },
};
const buf = (doc: unknown) => Buffer.from(JSON.stringify(doc));

describe('JSON-stat 2.0 reader', () => {
  it('reads a dataset with roles, labels, a dense value array and a sparse status object', async () => {
    const { records, issues } = await readAll(reader, buf(dataset), { chunk: 50 });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(4);
    expect(records[3]).toEqual({
      row: 4,
      dimensions: { unit: 'EUR_HAB', geo: 'ITC11', time: '2021' },
      labels: { unit: 'Euro per inhabitant', geo: 'Torino', time: '2021' },
      territoryDim: 'geo',
      timeDim: 'time',
      indicatorDim: 'unit',
      value: 34300,
      valueColumn: 'value',
      flags: ['p'],
    });
    expect(records[1]).toMatchObject({ dimensions: { geo: 'ITC1', time: '2021' }, value: 33700, flags: [] });
  });

  it('reads sparse values, status as array or string, and datasets inside a collection', async () => {
    const sparse = { ...dataset, value: { '1': 33700, '2': null }, status: ['e', 'e', ':', 'p'] };
    const a = await readAll(reader, buf(sparse));
    expect(a.records.map((r) => [r.row, r.dimensions.geo, r.value, r.flags])).toEqual([
      [2, 'ITC1', 33700, ['e']],
      [3, 'ITC11', null, [':']],
    ]);
    const noRole = { ...dataset, role: undefined, status: 'a' };
    const b = await readAll(reader, buf({ version: '2.0', class: 'collection', link: { item: [noRole, { class: 'dataset', href: 'https://x' }] } }));
    expect(b.records).toHaveLength(4);
    expect(b.records[0]).toMatchObject({ territoryDim: 'geo', timeDim: 'time', indicatorDim: undefined, flags: ['a'] });
  });

  it('yields an issue for a value that is not a number', async () => {
    const { records, issues } = await readAll(reader, buf({ ...dataset, value: [1, 'x', 3, 4] }));
    expect(issues).toMatchObject([{ row: 2, column: 'value', message: expect.stringContaining('"x"') }]);
    expect(records).toHaveLength(3);
  });

  it('rejects Eurostat legacy JSON, invalid JSON, inconsistent sizes and link-only collections', async () => {
    // The shape of Eurostat's retired JSON web service: version 1.0, no "class".
    const legacy = { version: '1.0', label: 'x', href: 'http://ec.europa.eu/eurostat/wdds/rest/data/v2.1/json/en/nama_10r_3gdp', id: ['geo'], size: [1], dimension: {}, value: { '0': 1 } };
    expect(await errorOf(readAll(reader, buf(legacy)))).toMatch(/not JSON-stat 2\.0.*legacy/);
    expect(await errorOf(readAll(reader, Buffer.from('{"class":"dataset",')))).toMatch(/Not valid JSON/);
    expect(await errorOf(readAll(reader, buf({ ...dataset, size: [1, 3, 2] })))).toMatch(/"geo" has 2 categories but size 3/);
    expect(await errorOf(readAll(reader, buf({ class: 'collection', link: { item: [{ class: 'dataset', href: 'x' }] } })))).toMatch(/only links/);
    expect(await errorOf(readAll(reader, Buffer.alloc(0)))).toMatch(/empty/);
  });

  it('sniffs JSON-stat 2.0 only', () => {
    expect(reader.sniff(buf(dataset), 'x.json')).toBe(true);
    expect(reader.sniff(buf({ version: '1.0', label: 'x' }), 'x.json')).toBe(false);
  });

  describe('hostile files', () => {
    it('refuses arrays nested 100,000 deep before parsing, naming the byte', async () => {
      const text = '{"version":"2.0","class":"dataset","value":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
      const started = Date.now();
      expect(await errorOf(readAll(reader, Buffer.from(text), { chunk: 64 * 1024 }))).toMatch(/Arrays\/objects are nested more than 64 deep \(at byte 107\)/);
      expect(Date.now() - started).toBeLessThan(10_000);
      // Brackets inside strings do not count.
      const labels = { ...dataset, label: '['.repeat(1000) + '{'.repeat(1000) };
      expect((await readAll(reader, Buffer.from(JSON.stringify(labels)))).records.length).toBeGreaterThan(0);
    });

    it('stops reading a document past the size cap', async () => {
      const { LIMITS } = await import('./limits');
      const limits = LIMITS as { maxJsonBytes: number };
      const saved = limits.maxJsonBytes;
      limits.maxJsonBytes = 1024;
      try {
        const big = JSON.stringify({ ...dataset, note: 'n'.repeat(5000) });
        expect(await errorOf(readAll(reader, Buffer.from(big)))).toMatch(/The JSON-stat file is larger than 1 KiB/);
      } finally {
        limits.maxJsonBytes = saved;
      }
    });
  });
});
