import fs from 'node:fs';
import iconv from 'iconv-lite';
import { InvalidFileError } from '../../errors/errors';
import { detectFormat } from './detect-format';
import { sharedFile } from './test-utils';

const head = (rel: string) => fs.readFileSync(sharedFile(rel)).subarray(0, 64 * 1024);
const detect = (buf: Buffer, name = 'file') => detectFormat(buf, name).id;
const errorOf = (f: () => unknown): string => {
  try {
    f();
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidFileError);
    return (e as Error).message;
  }
};

describe('detectFormat', () => {
  it('recognises the real sample files', () => {
    expect(detect(head('formats/istat_sdmx_csv_41_983_incidenti_comuni.csv'))).toBe('istat-sdmx-csv');
    expect(detect(head('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv'))).toBe('eurostat-tsv');
    expect(detect(head('formats/eurostat_sdmxml21_genericdata_cdh_e_fos.xml'))).toBe('sdmx-ml-generic');
    expect(detect(head('series/bes_territori_provincia_torino_excerpt.divarioitalia.csv'))).toBe('tidy-csv');
    expect(detect(head('series/istat_prov_torino_piemonte_excerpt.divarioitalia.csv'))).toBe('tidy-csv');
  });

  it('recognises in-memory I.Stat CSV, JSON-stat and StructureSpecificData heads', () => {
    const istat = '\uFEFF"ITTER107","Territorio","TIPO_DATO7","Tipo dato","TIME","Seleziona periodo","Value","Flag Codes","Flags"\r\n';
    expect(detect(Buffer.from(istat))).toBe('istat-istat-csv');
    expect(detect(Buffer.from('{"version":"2.0","class":"dataset","id":["geo"]}'))).toBe('json-stat');
    expect(detect(Buffer.from('<?xml version="1.0"?><message:StructureSpecificData xmlns:message="x">'))).toBe('sdmx-ml-structure-specific');
    expect(detect(Buffer.from('indicatore;territorio;periodo;valore;flag\r\n'))).toBe('tidy-csv');
  });

  it('honours an override', () => {
    expect(detectFormat(Buffer.from('anything'), 'x', 'eurostat-tsv').id).toBe('eurostat-tsv');
    expect(errorOf(() => detectFormat(Buffer.from('x'), 'x', 'csv' as never))).toMatch(/unsupported format "csv"/);
  });

  it('names SDMX structure messages as such', () => {
    const msg = errorOf(() => detect(head('formats/istat_sdmxml21_structure_DSD_DCIS_INCIDMORFER_COM.xml')));
    expect(msg).toMatch(/SDMX structure message.*not data/);
    expect(msg).toMatch(/Accepted formats: .*Eurostat bulk TSV.*ISTAT SDMX-CSV/);
    expect(errorOf(() => detect(head('formats/istat_sdmxml21_codelist_CL_FREQ.xml')))).toMatch(/SDMX structure message/);
  });

  it('names Eurostat legacy JSON, UTF-16, empty, ZIP and unknown CSV files', () => {
    expect(errorOf(() => detect(Buffer.from('{"version":"1.0","label":"GDP","href":"x","value":{"0":1}}')))).toMatch(/not JSON-stat 2\.0.*legacy/);
    expect(errorOf(() => detect(iconv.encode('\uFEFFindicatore;territorio;anno;valore\n', 'utf16le')))).toMatch(/UTF-16/);
    expect(errorOf(() => detect(Buffer.alloc(0)))).toMatch(/empty/);
    expect(detect(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'dati.xlsx')).toBe('xlsx');
    expect(errorOf(() => detect(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'dati.ods'))).toMatch(/ZIP archive but not an XLSX/);
    const unknown = errorOf(() => detect(head('formats/istat_codelist_CL_BES_INDICATOR.csv'), 'codelist.csv'));
    expect(unknown).toMatch(/The first line "code;name;parent" matches none/);
    expect(unknown).toMatch(/Accepted formats/);
  });
});
