import { IMPORT_MESSAGE_CODES } from '@psm/server/contract/values';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import '../i18n';
import { messageText } from './issue-text';

/** Params shaped as the server sends them (server/src/imports/messages.test.ts has one example of every code). */
const PARAMS: Record<string, Record<string, unknown>> = {
  'dimension.severalValues': { dimension: 'unit', values: ['EUR', 'PPS'], more: false, suggestion: 'EUR' },
  'indicator.missing': { format: 'Eurostat bulk TSV' },
  'indicator.unknown': { code: 'X', count: 2, rows: [2, 3], moreRows: false },
  'territory.unknown': { code: 'ITX', label: 'Itaca', dimension: 'geo' },
  'file.missingColumns': { format: 'tidy CSV', missing: ['valore'], header: ['a;b'], separator: ',', singleColumn: true },
  'format.unrecognised': { kind: 'text', root: null, firstLine: 'code;name', formats: ['tidy CSV', 'XLSX'] },
  'upload.tooLarge': { limit: 200 * 1024 * 1024 },
};

const text = (lng: string, code: string, params: Record<string, unknown> = PARAMS[code] ?? {}) => {
  void i18n.changeLanguage(lng);
  return messageText({ code, params, message: 'ENGLISH FROM THE SERVER' });
};

describe('import messages in the user language', () => {
  afterAll(() => void i18n.changeLanguage('it'));

  it.each(IMPORT_MESSAGE_CODES.map((c) => [c]))('%s has an Italian and an English text, without command-line flags', (code) => {
    for (const lng of ['it', 'en']) {
      expect(typeof i18n.getResource(lng, 'imports', `messages.${code}`)).toBe('string');
      // Without params (or with odd ones) a text still renders, naming no flag and no raw key.
      for (const params of [PARAMS[code] ?? {}, {}, { values: 'x', rows: null }]) {
        const shown = text(lng, code, params);
        expect(shown).not.toBe('ENGLISH FROM THE SERVER');
        expect(shown).not.toMatch(/--|\$t\(|undefined|\[object|messages\./);
      }
      if (PARAMS[code]) expect(text(lng, code)).not.toMatch(/\{\{/);
    }
  });

  it('names the controls of the screen, in Italian by default and in English', () => {
    expect(text('it', 'dimension.severalValues')).toBe(
      '"unit" ha più valori (EUR, PPS): uno stesso indicatore, territorio e periodo riceverebbe più di un valore. Tienine uno: nel campo "Filtri" scrivi unit=EUR.',
    );
    expect(text('en', 'dimension.severalValues')).toMatch(/Keep one: in the "Filters" field write unit=EUR\.$/);
    expect(text('it', 'indicator.missing')).toBe(
      'Questo file Eurostat bulk TSV non dice a quale indicatore appartengono i valori: scrivi l\'indicatore nel campo "Codice dell\'indicatore".',
    );
    expect(text('it', 'indicator.unknown')).toMatch(/nel campo "Corrispondenza dei codici" \(X=NOSTRO_CODICE\).*spunta "Crea gli indicatori che non esistono ancora"\.$/);
    expect(text('en', 'territory.unknown')).toMatch(/^Unknown territory "ITX" \(Itaca\): .*in the "Filters" field write geo=CODE,CODE…$/);
    expect(text('it', 'file.missingColumns')).toMatch(/mancano le colonne valore .*separatore ",": probabilmente il separatore è sbagliato/);
    expect(text('en', 'format.unrecognised')).toBe(
      'The format of the file is not recognised: the first line "code;name" matches none of the known layouts. Accepted formats: tidy CSV; XLSX.',
    );
    expect(text('it', 'upload.tooLarge')).toBe('Il file supera il limite di 209,7 MB.');
  });

  it('words the rare refusals of a hostile or damaged file, with sizes and lists formatted', () => {
    expect(text('it', 'file.zipBomb', { part: 'xl/sharedStrings.xml', reason: 'ratio', limit: 100 })).toMatch(
      /^La parte xl\/sharedStrings\.xml della cartella di lavoro si espande più di 100 volte la sua dimensione compressa: .*"zip bomb"/,
    );
    expect(text('en', 'file.zipBomb', { part: 'xl/workbook.xml', reason: 'size', limit: 64 * 1024 })).toMatch(/^The workbook part xl\/workbook\.xml inflates to more than 65.5 kB:/);
    expect(text('it', 'xml.wrongRoot', { root: 'Structure', expected: 'GenericData' })).toMatch(/^Il file è un messaggio di struttura SDMX/);
    expect(text('it', 'xml.wrongRoot', { root: 'html', expected: 'GenericData' })).toBe('Il file è un documento XML con elemento radice <html>: serve SDMX-ML 2.1 <GenericData>.');
    expect(text('it', 'jsonstat.noDimension', { missing: 'time', dimensions: ['geo', 'unit'] })).toBe(
      'Il dataset JSON-stat non ha una dimensione del tempo (ruolo "time" o una dimensione con un nome simile) tra geo, unit.',
    );
    expect(text('en', 'tsv.badHeader', { found: 'freq;geo' })).toMatch(/"dim1,dim2,…\\TIME_PERIOD" .* found "freq;geo"\.$/);
  });

  it("falls back to the server's message for a code it does not know, or none", () => {
    expect(text('it', 'brand.newCode', {})).toBe('ENGLISH FROM THE SERVER');
    expect(messageText({ message: 'plain' })).toBe('plain');
  });
});
