import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedFile } from '../readers/test-utils';
import { inspectFile, uploadedFile } from './import-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const TIDY = 'indicatore;territorio;anno;valore\nX;001272;2021;1\nX;001272;2022;2';

describe('inspectFile (a file no upload has measured)', () => {
  it('measures size, SHA-256 and lines (the last without its line break) and detects the format', async () => {
    const file = write('dati.csv', TIDY);
    const f = await inspectFile(file, 'dati.csv');
    expect(f).toMatchObject({ path: file, name: 'dati.csv', size: TIDY.length, lines: 3 });
    expect(f.checksum).toBe(crypto.createHash('sha256').update(TIDY).digest('hex'));
    expect('reader' in f.format && f.format.reader.id).toBe('tidy-csv');
  });

  it('says why no reader reads a file, and counts no lines for a format not read by line', async () => {
    const structure = sharedFile('formats/istat_sdmxml21_structure_DSD_DCIS_INCIDMORFER_COM.xml');
    expect((await inspectFile(structure, 's.xml')).format).toMatchObject({ issues: [{ message: expect.stringMatching(/SDMX structure message/) }] });
    const xml = await inspectFile(sharedFile('formats/eurostat_sdmxml21_genericdata_cdh_e_fos.xml'), 'g.xml');
    expect(xml.lines).toBeNull();
  });
});

describe('uploadedFile (what the upload measured travels with the job)', () => {
  it('takes size, checksum and format from the upload, and only counts the lines', async () => {
    const file = write('upload.csv', TIDY);
    // Not what reading the file would give: nothing is measured or detected again.
    const upload = { path: file, name: 'dati.csv', size: 999, checksum: 'from-the-upload', format: 'istat-sdmx-csv' };
    const f = await uploadedFile(upload);
    expect(f).toMatchObject({ path: file, name: 'dati.csv', size: 999, checksum: 'from-the-upload', lines: 3 });
    expect('reader' in f.format && f.format.reader.id).toBe('istat-sdmx-csv');
  });

  it('looks at a file no reader accepted at upload again, for the words that say why', async () => {
    const file = write('codes.csv', 'code;name;parent\nA;a;\n');
    const f = await uploadedFile({ path: file, name: 'codes.csv', size: 24, checksum: 'c', format: 'unknown' });
    expect(f.format).toMatchObject({ issues: [{ message: expect.stringMatching(/^The first line "code;name;parent" matches none/) }] });
    expect(f.lines).toBeNull();
  });
});
