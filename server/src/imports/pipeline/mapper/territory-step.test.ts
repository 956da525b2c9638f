import type { TerritoryMatch } from '../../mapping/territories';
import { type TerritoryLookup, TerritoryStep } from './territory-step';
import { rawRecord } from './test-record';

const KNOWN: Record<string, TerritoryMatch> = { ITC11: { id: 7 }, '001272': { id: 7 }, Torino: { ambiguous: ['001272 Torino (comune)', 'Z1 Torino (zona)'] } };

function lookup(): TerritoryLookup & { calls: string[] } {
  return {
    calls: [],
    resolve(code) {
      this.calls.push(code);
      return KNOWN[code] ?? null;
    },
  };
}
const record = (geo: string | undefined, more = {}) => rawRecord(geo === undefined ? { ind: 'X' } : { ind: 'X', geo }, more);

describe('TerritoryStep', () => {
  it('resolves each code once', () => {
    const l = lookup();
    const step = new TerritoryStep(l);
    expect(step.map(record('ITC11'))).toBe(7);
    expect(step.map(record('ITC11'))).toBe(7);
    expect(step.map(record('001272'))).toBe(7);
    expect(l.calls).toEqual(['ITC11', '001272']);
  });

  it('names unknown codes (with their label), ambiguous names and empty codes, one problem per code', () => {
    const step = new TerritoryStep(lookup());
    const unknown = step.map(record('ITC99', { labels: { geo: 'Nowhere' } }));
    expect(unknown).toEqual({
      kind: 'unknown-code',
      column: 'geo',
      code: 'territory.unknown',
      params: { code: 'ITC99', label: 'Nowhere', dimension: 'geo' },
    });
    expect(step.map(record('ITC99'))).toBe(unknown);
    expect(step.map(record('Torino'))).toEqual({
      kind: 'unknown-code',
      column: 'geo',
      code: 'territory.ambiguous',
      params: { code: 'Torino', candidates: ['001272 Torino (comune)', 'Z1 Torino (zona)'] },
    });
    expect(step.map(record(undefined))).toEqual({ kind: 'unknown-code', column: 'geo', code: 'territory.empty', params: {} });
  });
});
