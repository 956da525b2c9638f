import { InvalidFileError } from '../errors/errors';
import { LIMITS } from '../imports/readers/limits';
import { hostileXlsx } from '../imports/readers/zip-test-utils';
import { parsePlanFile } from './parse-plan-file';

/** The refusal of a hostile plan file: its issues, after checking it came within a generous time. */
async function refusal(fileName: string, buf: Buffer): Promise<string> {
  const started = Date.now();
  const err = await parsePlanFile(fileName, buf).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InvalidFileError);
  expect(Date.now() - started).toBeLessThan(10_000);
  return (err as InvalidFileError).message;
}

/** Sets every entry's declared inflated size to 1 in the central directory: a ZIP that lies about its parts. */
function lieAboutSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = out.readUInt32LE(end + 16);
  for (let k = 0; k < out.readUInt16LE(end + 10); k++) {
    out.writeUInt32LE(1, at + 24);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

describe('plan file caps (hostile files)', () => {
  const bomb = () => hostileXlsx({ sharedStrings: { chunk: `<si><t>${'A'.repeat(1000)}</t></si>`, times: 200_000 } });

  it('refuses an XLSX whose shared strings inflate to 200 MB, whether it declares the size or lies', async () => {
    expect(await refusal('piano.xlsx', bomb())).toMatch(/The workbook part xl\/sharedStrings\.xml inflates to more than 100 times .*"zip bomb"/);
    expect(await refusal('piano.xlsx', lieAboutSizes(bomb()))).toMatch(/xl\/sharedStrings\.xml inflates to more than 100 times/);
  });

  it('reads a plain workbook built the same way past the check, and refuses a row over 10,000 cells', async () => {
    // Its header is the indicator import's, so the plan reader names the missing columns: the ZIP passed.
    expect(await refusal('piano.xlsx', hostileXlsx())).toMatch(/missing column "code"/);
    expect(await refusal('piano.xlsx', hostileXlsx({ rowCells: 12_000 }))).toMatch(/row 2: row 2 has more than 10,000 columns/);
  });

  it('refuses a CSV with a 5 MB line or 20,000 columns, naming the line', async () => {
    expect(await refusal('piano.csv', Buffer.from('codice;titolo\n1;Asse\n' + 'x'.repeat(5 * 1024 * 1024)))).toMatch(/not a readable CSV file .*(line|record) 3/i);
    expect(await refusal('piano.csv', Buffer.from('codice;titolo\n1;' + 'a;'.repeat(20_000) + '\n'))).toMatch(/row 2: row 2 has more than 10,000 columns/);
  });

  it('refuses JSON and YAML nested too deep and JSON/YAML over the size cap', async () => {
    expect(await refusal('piano.json', Buffer.from('{"items":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'))).toMatch(/nested more than 64 deep \(at byte 73\)/);
    expect(await refusal('piano.yaml', Buffer.from('items: ' + '['.repeat(100_000) + ']'.repeat(100_000)))).toMatch(/nested more than 64 deep/);
    expect(await refusal('piano.yml', Buffer.from('items: ' + '['.repeat(100) + ']'.repeat(100)))).toMatch(/nested more than 64 deep/);
    const block = 'items:\n' + Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i + 2)}-\n`).join('');
    expect(await refusal('piano.yaml', Buffer.from(block))).toMatch(/nested more than 64 deep/);
    const limits = LIMITS as { maxJsonBytes: number };
    const saved = limits.maxJsonBytes;
    limits.maxJsonBytes = 1024;
    try {
      expect(await refusal('piano.yaml', Buffer.from('items:\n' + '  - code: "1"\n    title: Asse\n'.repeat(100)))).toMatch(/larger than 1 KiB/);
    } finally {
      limits.maxJsonBytes = saved;
    }
  });
});
