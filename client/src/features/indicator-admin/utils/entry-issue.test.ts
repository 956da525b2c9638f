import { VALUE_ENTRY_CODES } from '@psm/server/contract/values';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { entryIssueText } from './entry-issue';

/** Params shaped as the server sends them (imports/manual/check-rows.ts, lib/table-file.ts). */
const PARAMS: Record<string, Record<string, unknown>> = {
  'territory.unknown': { value: 'Itaca', territory: 'Itaca', period: '2024' },
  'territory.ambiguous': { value: 'Torino', candidates: ['001272 Torino', 'ITC11 Torino'] },
  'period.invalid': { value: '2024-13' },
  'value.notNumber': { value: 'dodici' },
  'value.notFinite': { value: 'Infinity' },
  'value.tooLarge': { value: 1e15 },
  'row.duplicate': { first: 2, row: 5 },
  'flag.invalid': { value: 'forse' },
  'table.missingColumn': { column: 'territorio', accepted: ['territorio', 'territory'], found: ['a', 'b'] },
  'table.unreadable': { format: 'xlsx', detail: 'End of data' },
  'table.tooManyColumns': { row: 3, limit: 10000 },
};

const text = (lng: string, code: string, params: Record<string, unknown> = PARAMS[code] ?? {}) => {
  void i18n.changeLanguage(lng);
  return entryIssueText({ code, params, message: 'ENGLISH FROM THE SERVER' });
};

describe('the value grid problems in the user language', () => {
  afterAll(() => void i18n.changeLanguage('it'));

  it.each(VALUE_ENTRY_CODES.map((c) => [c]))('%s has an Italian and an English text', (code) => {
    for (const lng of ['it', 'en']) {
      expect(typeof i18n.getResource(lng, 'indicatorEntry', `issues.${code}`)).toBe('string');
      const shown = text(lng, code);
      expect(shown).not.toBe('ENGLISH FROM THE SERVER');
      expect(shown).not.toMatch(/\{\{|undefined|\[object|issues\./);
    }
  });

  it('words each problem with its values, in Italian by default and in English', () => {
    expect(text('it', 'period.invalid')).toBe('"2024-13" non è un periodo: scrivi 2024, 2024-Q1 (trimestre), 2024-S1 (semestre) o 2024-03 (mese).');
    expect(text('en', 'row.duplicate')).toBe('Rows 2 and 5 give the same territory and period: keep one.');
    expect(text('it', 'territory.ambiguous')).toBe('"Torino" indica più di un territorio (001272 Torino; ITC11 Torino): scrivi il suo codice.');
    expect(text('it', 'table.unreadable')).toBe('Il file non si può leggere come XLSX (End of data): salvalo di nuovo come CSV o XLSX.');
    expect(text('it', 'table.tooManyColumns')).toBe('La riga 3 ha più di 10.000 colonne.');
  });

  it("falls back to the server's message for a code it does not know, or none", () => {
    expect(text('it', 'brand.newCode', {})).toBe('ENGLISH FROM THE SERVER');
    expect(entryIssueText({ message: 'plain' })).toBe('plain');
  });
});
