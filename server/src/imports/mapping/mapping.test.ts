import { createTestDb, type TestDb } from '../../test/test-db';
import { mapFlags } from './flags';
import { normalisePeriod } from './periods';
import { TerritoryResolver } from './territories';
import { parseValue } from './values';

describe('normalisePeriod', () => {
  it.each([
    ['2021', '2021', '2021-01-01', 'annual'],
    ['2021-A1', '2021', '2021-01-01', 'annual'],
    ['2021-Q3', '2021-Q3', '2021-07-01', 'quarterly'],
    ['2021Q3', '2021-Q3', '2021-07-01', 'quarterly'],
    ['2021q1', '2021-Q1', '2021-01-01', 'quarterly'],
    ['2021-T4', '2021-Q4', '2021-10-01', 'quarterly'],
    ['2021-03', '2021-03', '2021-03-01', 'monthly'],
    ['2021M03', '2021-03', '2021-03-01', 'monthly'],
    ['2021M3', '2021-03', '2021-03-01', 'monthly'],
    ['2021-M12', '2021-12', '2021-12-01', 'monthly'],
    ['2021-03-01', '2021-03', '2021-03-01', 'monthly'],
    ['2021-S1', '2021-S1', '2021-01-01', 'semiannual'],
    ['2021S1', '2021-S1', '2021-01-01', 'semiannual'],
    ['2021-H2', '2021-S2', '2021-07-01', 'semiannual'],
    [' 2021 ', '2021', '2021-01-01', 'annual'],
  ])('reads %j as %s starting %s (%s)', (raw, period, start, frequency) => {
    expect(normalisePeriod(raw)).toEqual({ period, start, frequency });
  });

  it.each(['', '21', '20211', 'abc', '2021-13', '2021M13', '2021M00', '2021-Q5', '2021-Q0', '2021-S3', '2021-H0', '2021-A2', '2021-03-15', '2021/03'])(
    'returns null for %j',
    (raw) => {
      expect(normalisePeriod(raw)).toBeNull();
    },
  );
});

describe('parseValue', () => {
  it.each([
    ['82,5', 82.5],
    ['82.5', 82.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['-3', -3],
    [' 4 200 ', 4200],
    ['1e3', 1000],
    [82.5, 82.5],
    [0, 0],
  ] as const)('reads %j as %d', (raw, value) => {
    expect(parseValue(raw)).toEqual({ value });
  });

  it('applies the SDMX unit multiplier (a power of ten)', () => {
    expect(parseValue('5', 3)).toEqual({ value: 5000 });
    expect(parseValue('1,5', 3)).toEqual({ value: 1500 });
    expect(parseValue(2.5, 6)).toEqual({ value: 2_500_000 });
    expect(parseValue('1234', -2)).toEqual({ value: 12.34 });
  });

  it('names what is not a number, or too large to store', () => {
    const error = (code: string, params: Record<string, unknown>) => ({ error: { code, params } });
    expect(parseValue('abc')).toEqual(error('value.notNumber', { value: 'abc' }));
    expect(parseValue('')).toEqual(error('value.notNumber', { value: '' }));
    expect(parseValue('12 p')).toEqual(error('value.notNumber', { value: '12 p' }));
    expect(parseValue(Number.NaN)).toEqual(error('value.notFinite', { value: 'NaN' }));
    expect(parseValue('1e15')).toEqual(error('value.tooLarge', { value: 1e15 }));
    expect(parseValue('-2', 14)).toEqual(error('value.tooLarge', { value: -2e14 }));
    expect(parseValue('99999999999999')).toEqual({ value: 99_999_999_999_999 });
  });
});

describe('mapFlags', () => {
  const none = { provisional: false, estimated: false, breakInSeries: false };
  it.each([
    [['p'], { ...none, provisional: true, sourceFlag: 'p' }],
    [['e'], { ...none, estimated: true, sourceFlag: 'e' }],
    [['b'], { ...none, breakInSeries: true, sourceFlag: 'b' }],
    [['bep'], { provisional: true, estimated: true, breakInSeries: true, sourceFlag: 'bep' }],
    [['P'], { ...none, provisional: true, sourceFlag: 'P' }],
    [['E'], { ...none, estimated: true, sourceFlag: 'E' }],
    [['B'], { ...none, breakInSeries: true, sourceFlag: 'B' }],
    [['F'], { ...none, estimated: true, sourceFlag: 'F' }],
    [['I'], { ...none, estimated: true, sourceFlag: 'I' }],
    [['A'], { ...none, sourceFlag: 'A' }],
    [['c'], { ...none, sourceFlag: 'c' }],
    [['P', ' B '], { ...none, provisional: true, breakInSeries: true, sourceFlag: 'P B' }],
  ])('maps %j', (codes, expected) => {
    expect(mapFlags(codes)).toEqual(expected);
  });

  it('keeps no source flag when there is none', () => {
    expect(mapFlags([])).toEqual({ ...none, sourceFlag: null });
    expect(mapFlags(['', '  '])).toEqual({ ...none, sourceFlag: null });
  });
});

describe('TerritoryResolver on the seeded territories', () => {
  let t: TestDb;
  let resolver: TerritoryResolver;
  const code = async (id: number) => (await t.db('territories').where({ id }).first('code')).code as string;
  const resolvedCode = async (raw: string) => {
    const hit = resolver.resolve(raw);
    return hit && 'id' in hit ? code(hit.id) : hit;
  };

  beforeAll(async () => {
    t = await createTestDb();
    resolver = await TerritoryResolver.load(t.db);
  });
  afterAll(() => t.destroy());

  it.each([
    ['001272', '001272'],
    ['1272', '001272'],
    ['ITC11', 'ITC11'],
    ['itc11', 'ITC11'],
    ['201', 'ITC11'],
    ['ITC1', 'ITC1'],
    ['01', 'ITC1'],
    ['ITC', 'ITC'],
    ['IT', 'IT'],
    ['L219', '001272'],
    ['F335', '001156'],
    ['Moncalieri', '001156'],
    [' moncalieri ', '001156'],
    ['ITC11-ZO01', 'ITC11-ZO01'],
  ])('resolves %j to %s', async (raw, expected) => {
    expect(await resolvedCode(raw)).toBe(expected);
  });

  it('reports a name two territories share as ambiguous, naming both', () => {
    expect(resolver.resolve('Torino')).toEqual({
      ambiguous: expect.arrayContaining(['001272 Torino (comune)', 'ITC11-ZO01 Torino (zona_omogenea)']),
    });
  });

  it('returns null for unknown or empty codes', () => {
    expect(resolver.resolve('XX99')).toBeNull();
    expect(resolver.resolve('072006')).toBeNull();
    expect(resolver.resolve('')).toBeNull();
    expect(resolver.resolve('   ')).toBeNull();
  });
});
