import { describe, expect, it } from 'vitest';
import { rows } from '../test-fixtures';
import { compareCodes, FILTER_DEFAULTS, filterOptions, matchesFilters, NO_OFFICE, NO_UPDATE, sortActions } from './filter-actions';

const codes = (f: Partial<typeof FILTER_DEFAULTS>) => rows.filter((r) => matchesFilters(r, { ...FILTER_DEFAULTS, ...f })).map((r) => r.code);

describe('filter-actions', () => {
  it('compares codes part by part as numbers', () => {
    expect(['1.2.10', '1.10.1', '1.2.9', '2.1.1'].sort(compareCodes)).toEqual(['1.2.9', '1.2.10', '1.10.1', '2.1.1']);
  });

  it('combines filters; pseudo-statuses and "no office" have their own values', () => {
    expect(codes({ asse: '1', stato: 'in_corso' })).toEqual(['1.1.1', '1.1.3']);
    expect(codes({ stato: NO_UPDATE })).toEqual(['2.1.1']);
    expect(codes({ ufficio: NO_OFFICE })).toEqual(['2.1.1']);
    expect(codes({ fonte: 'pnrr', zona: 'ITC11-ZO05' })).toEqual(['1.1.1']);
    expect(codes({ q: 'ATTIVITA' })).toEqual([]);
    expect(codes({ q: 'telecomunicazioni' })).toEqual(['1.1.3']);
  });

  it('sorts by status in vocabulary order, no update first', () => {
    const positions = new Map([
      ['in_corso', 2],
      ['completata', 4],
    ]);
    expect(sortActions(rows, 'stato', 'asc', positions).map((r) => r.code)).toEqual(['2.1.1', '1.1.1', '1.1.3', '1.1.2']);
    expect(sortActions(rows, 'stato', 'desc', positions).map((r) => r.code)).toEqual(['1.1.2', '1.1.1', '1.1.3', '2.1.1']);
  });

  it('offers strategies of the chosen axis only', () => {
    expect(filterOptions(rows, '2').strategies.map((s) => s.code)).toEqual(['2.1']);
    expect(filterOptions(rows, '').strategies.map((s) => s.code)).toEqual(['1.1', '2.1']);
  });
});
