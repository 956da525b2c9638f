import { Readable } from 'node:stream';
import { InvalidFileError } from '../../errors/errors';
import { CsvRowParser, type CsvRow, type CsvRowParserOptions } from './csv-rows';
import { readDelimited } from './delimited';

type Opts = Partial<CsvRowParserOptions>;

/** Parses `text` fed in chunks of `chunk` characters (the whole text when 0). */
function parse(text: string, chunk: number, opts: Opts = {}): CsvRow[] {
  const parser = new CsvRowParser({ delimiter: ',', fileName: 'test.csv', ...opts });
  const rows: CsvRow[] = [];
  const size = chunk || text.length || 1;
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.end());
  return rows;
}

/** Chunk sizes every case runs with: whole text, and 1-, 2-, 7-character chunks (boundaries fall anywhere). */
const CHUNKS = [0, 1, 2, 7];

/** Parses with every chunk size and checks that they all agree; returns the rows. */
function rowsOf(text: string, opts: Opts = {}): CsvRow[] {
  const whole = parse(text, 0, opts);
  for (const chunk of CHUNKS) expect({ chunk, rows: parse(text, chunk, opts) }).toEqual({ chunk, rows: whole });
  return whole;
}

const cellsOf = (text: string, opts: Opts = {}) => rowsOf(text, opts).map((r) => r.cells);

/** The InvalidFileError thrown for `text` read in chunks of `chunk`. */
function errorOf(text: string, chunk: number, opts: Opts = {}): InvalidFileError {
  try {
    parse(text, chunk, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidFileError);
    return e as InvalidFileError;
  }
  throw new Error('no error thrown');
}

describe('CsvRowParser', () => {
  it('reads plain lines with the line each starts on', () => {
    expect(rowsOf('a,b,c\n1,2,3\n4,5,6\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '5', '6'] },
    ]);
  });

  it('reads the last line without a line break, and a trailing delimiter as an empty cell', () => {
    expect(cellsOf('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(cellsOf('a,b\n1,')).toEqual([['a', 'b'], ['1', '']]);
    expect(cellsOf('a,b\n"1"')).toEqual([['a', 'b'], ['1']]);
    expect(cellsOf('a,b\n"1",')).toEqual([['a', 'b'], ['1', '']]);
  });

  it('returns nothing for empty input or only line breaks', () => {
    expect(rowsOf('')).toEqual([]);
    expect(rowsOf('\n\r\n\n')).toEqual([]);
  });

  it('reads quoted cells with delimiters inside', () => {
    expect(cellsOf('"a,b",c,"d"\n"",x,""\n')).toEqual([
      ['a,b', 'c', 'd'],
      ['', 'x', ''],
    ]);
  });

  it('reads escaped quotes', () => {
    expect(cellsOf('"say ""hi""",x\n"""",""""""\n"a""b"\n')).toEqual([['say "hi"', 'x'], ['"', '""'], ['a"b']]);
  });

  it('reads quoted cells spanning lines, giving the line each record starts on', () => {
    const text = 'h1,h2\n1,"line one\nline two"\n2,"a\n\nb\nc"\n3,x\n';
    expect(rowsOf(text)).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['1', 'line one\nline two'] },
      { line: 4, cells: ['2', 'a\n\nb\nc'] },
      { line: 8, cells: ['3', 'x'] },
    ]);
  });

  it('reads CRLF files, keeping CRLF inside quoted cells and counting it as one line', () => {
    const text = 'h1,h2\r\n1,"a\r\nb"\r\n\r\n2,"c\r\n\r\nd",e\r\n3,4\r\n';
    expect(rowsOf(text)).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['1', 'a\r\nb'] },
      { line: 5, cells: ['2', 'c\r\n\r\nd', 'e'] },
      { line: 8, cells: ['3', '4'] },
    ]);
  });

  it('takes a lone CR as a line end', () => {
    expect(rowsOf('a,b\r1,2\r\r"x\ry",3\r4,5')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['x\ry', '3'] },
      { line: 6, cells: ['4', '5'] },
    ]);
  });

  it('skips empty lines, keeping the file line numbers', () => {
    expect(rowsOf('\n\na,b\n\n1,2\n\n\n3,4\n\n')).toEqual([
      { line: 3, cells: ['a', 'b'] },
      { line: 5, cells: ['1', '2'] },
      { line: 8, cells: ['3', '4'] },
    ]);
    expect(rowsOf('a\r\n\r\n"b"\r\n\r\nc').map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('skips lines of bare separators (or blank cells) with skipBlankRows, but never the header', () => {
    const text = ',,\nh1,h2,h3\n1,2,3\n,,\n;\n , ,""\n,\n4,5,6\n,,,,\n';
    expect(rowsOf(text, { skipBlankRows: true })).toEqual([
      { line: 2, cells: ['h1', 'h2', 'h3'] },
      { line: 3, cells: ['1', '2', '3'] },
      { line: 5, cells: [';'] },
      { line: 8, cells: ['4', '5', '6'] },
    ]);
    expect(rowsOf(text, { skipBlankRows: true, header: true }).map((r) => r.line)).toEqual([1, 2, 3, 5, 8]);
    expect(rowsOf(text, { skipBlankRows: true, header: true })[0]).toEqual({ line: 1, cells: ['', '', ''] });
    expect(rowsOf(text).map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // A blank last line without a line break goes the same way.
    expect(rowsOf('a\n,,', { skipBlankRows: true })).toEqual([{ line: 1, cells: ['a'] }]);
    expect(rowsOf('a\n,,')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['', '', ''] },
    ]);
  });

  it('allows rows of any length', () => {
    expect(cellsOf('a,b,c\n1\n1,2,3,4,5\n')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4', '5']]);
  });

  it('is lenient with stray quotes: kept literally inside unquoted cells, and after a closing quote', () => {
    expect(cellsOf('a,b"c,d\n5" x,"q"r,s\n x "y",z\n')).toEqual([
      ['a', 'b"c', 'd'],
      ['5" x', 'qr', 's'],
      [' x "y"', 'z'],
    ]);
  });

  it('throws InvalidFileError for an unterminated quoted cell, naming the line it starts on', () => {
    const text = 'h1,h2\n1,2\n3,"abc\ndef\n4,5\n';
    for (const chunk of CHUNKS) {
      const err = errorOf(text, chunk);
      expect(err.issues).toMatchObject([{ row: 3, message: expect.stringContaining('line 3') }]);
      expect(err.message).toContain('test.csv');
    }
    // The record starts on line 2, but the cell left open starts on line 3.
    for (const chunk of CHUNKS) expect(errorOf('h\n"a\nb","c\nd\n', chunk).issues[0]!.row).toBe(3);
    // A quote opening the very last cell.
    for (const chunk of CHUNKS) expect(errorOf('h\r\n1\r\n"', chunk).issues[0]!.row).toBe(3);
  });

  it('reads ; and tab delimited text', () => {
    expect(cellsOf('a;b;"c;d"\n1,5;2;"x"";y"\n', { delimiter: ';' })).toEqual([
      ['a', 'b', 'c;d'],
      ['1,5', '2', 'x";y'],
    ]);
    expect(cellsOf('a\tb,c\t"d\te"\n\t\t\n1\t2\t3', { delimiter: '\t' })).toEqual([
      ['a', 'b,c', 'd\te'],
      ['', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('keeps spaces and non-ASCII text as they are', () => {
    expect(cellsOf(' a , b \n"é ",ü,日本\n')).toEqual([
      [' a ', ' b '],
      ['é ', 'ü', '日本'],
    ]);
  });

  it('rejects a delimiter that is not one character, a quote or a line break', () => {
    expect(() => new CsvRowParser({ delimiter: ',,', fileName: 'x' })).toThrow();
    expect(() => new CsvRowParser({ delimiter: '"', fileName: 'x' })).toThrow();
    expect(() => new CsvRowParser({ delimiter: '\n', fileName: 'x' })).toThrow();
  });

  it('reads back what an RFC 4180 writer wrote, whatever the chunking', () => {
    // Deterministic pseudo-random tables with every awkward character in cells.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a', 'b', 'Z', '1', ' ', ',', '"', '\n', '\r\n', 'é', ';', '\t', ''];
    for (let round = 0; round < 20; round++) {
      const eol = round % 2 ? '\r\n' : '\n';
      const table: string[][] = [];
      for (let r = 0, rows = 1 + rand(8); r < rows; r++) {
        const row: string[] = [];
        for (let c = 0, cols = 1 + rand(5); c < cols; c++) {
          let cell = '';
          for (let k = 0, len = rand(6); k < len; k++) cell += alphabet[rand(alphabet.length)];
          row.push(cell);
        }
        // A row that is one empty cell would be an empty line, which readers skip.
        if (row.length === 1 && row[0] === '') row[0] = 'x';
        table.push(row);
      }
      const lines = table.map((row) => row.map((c) => (/[",\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
      const starts: number[] = [];
      let line = 1;
      for (const l of lines) {
        starts.push(line);
        line += 1 + (l.match(/\r\n|\n/g)?.length ?? 0);
      }
      const text = lines.join(eol) + (round % 3 ? eol : '');
      expect(rowsOf(text)).toEqual(table.map((cells, k) => ({ line: starts[k], cells })));
    }
  });

  it('reads long inputs in big chunks the same as in small ones', () => {
    const lines = ['h1,h2,h3'];
    for (let i = 0; i < 5000; i++) lines.push(i % 97 === 0 ? `${i},"q,${i}\nnext",z` : i % 89 === 0 ? '' : `${i},v${i},w`);
    const text = lines.join('\r\n');
    const whole = parse(text, 0);
    expect(whole).toHaveLength(1 + 5000 - 56);
    expect(whole[whole.length - 1]).toEqual({ line: 5000 + 1 + 52, cells: ['4999', 'v4999', 'w'] });
    for (const chunk of [1, 13, 1000, 65536]) expect(parse(text, chunk)).toEqual(whole);
  });
});

describe('readDelimited with CsvRowParser', () => {
  const read = async (text: string, chunk: number, cfg: { delimiter?: string; candidates?: string[] } = {}) => {
    const buf = Buffer.from(text);
    const input = Readable.from(Array.from({ length: Math.ceil(buf.length / chunk) }, (_, i) => buf.subarray(i * chunk, (i + 1) * chunk)));
    let header: { header: string[]; delimiter: string } | null = null;
    const rows: CsvRow[] = [];
    for await (const row of readDelimited(input, { fileName: 'f.csv' }, { ...cfg, onHeader: (h, d) => (header = { header: h, delimiter: d }) })) {
      rows.push(row);
    }
    return { header, rows };
  };

  it('detects the delimiter, trims the header and skips blank rows, in any chunking', async () => {
    const text = '\ufeff A ; B ;C\r\n1;"x;\r\ny";3\r\n;;\r\n\r\n4;5;6\r\n';
    for (const chunk of [1, 2, 7, 1000]) {
      expect(await read(text, chunk, { candidates: [',', ';', '\t'] })).toEqual({
        header: { header: ['A', 'B', 'C'], delimiter: ';' },
        rows: [
          { line: 2, cells: ['1', 'x;\r\ny', '3'] },
          { line: 6, cells: ['4', '5', '6'] },
        ],
      });
    }
  });

  it('throws InvalidFileError with the row of an unterminated quote', async () => {
    for (const chunk of [1, 7, 1000]) {
      const err = await read('a,b\n1,2\n3,"4\n5,6\n', chunk).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(InvalidFileError);
      expect((err as InvalidFileError).issues[0]!.row).toBe(3);
    }
  });

  it('throws "The file is empty." for a file of empty lines', async () => {
    await expect(read('\n\n\r\n', 1)).rejects.toThrow('The file is empty.');
  });
});

describe('CsvRowParser caps (hostile files)', () => {
  it('refuses a record longer than the cap, naming its row, wherever the chunks fall', () => {
    const text = 'a,b\n1,2\n' + 'x'.repeat(40) + '\n3,4\n';
    for (const chunk of CHUNKS) {
      const e = errorOf(text, chunk, { maxRecordChars: 30 });
      expect(e.issues).toMatchObject([{ row: 3, message: expect.stringMatching(/^Row 3 is longer than .* a line break is probably missing/) }]);
    }
    // A quoted cell spanning lines counts whole, and is named by the line it starts on.
    const quoted = 'a,b\n"' + 'y\n'.repeat(20) + '",1\n';
    for (const chunk of CHUNKS) expect(errorOf(quoted, chunk, { maxRecordChars: 30 }).issues[0]!.row).toBe(2);
    // Exactly at the cap is fine.
    expect(cellsOf('a\n' + 'z'.repeat(30) + '\n', { maxRecordChars: 30 })).toEqual([['a'], ['z'.repeat(30)]]);
  });

  it('refuses a record with more cells than the cap, naming its row', () => {
    const text = 'a,b\n' + 'c,'.repeat(10) + 'c\n';
    for (const chunk of CHUNKS) {
      const e = errorOf(text, chunk, { maxColumns: 5 });
      expect(e.issues).toMatchObject([{ row: 2, message: expect.stringMatching(/^Row 2 has more than 5 columns/) }]);
    }
    expect(cellsOf('a,b,c,d,e\n', { maxColumns: 5 })).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });

  it('refuses a 5 MB line and 20,000 columns with the default caps, in bounded time', async () => {
    const read = async (text: string) => {
      const started = Date.now();
      try {
        for await (const row of readDelimited(Readable.from([Buffer.from(text)]), { fileName: 'big.csv' }, { onHeader: () => undefined })) void row;
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidFileError);
        expect(Date.now() - started).toBeLessThan(10_000);
        return (e as InvalidFileError).issues;
      }
      throw new Error('no error thrown');
    };
    expect(await read('a,b\n1,2\n' + 'x'.repeat(5 * 1024 * 1024))).toMatchObject([{ row: 3, message: expect.stringMatching(/^Row 3 is longer than 1 MiB/) }]);
    expect(await read('a,b\n' + '1,'.repeat(20_000) + '\n')).toMatchObject([{ row: 2, message: expect.stringMatching(/^Row 2 has more than 10,000 columns/) }]);
    expect(await read('"' + 'q'.repeat(3 * 1024 * 1024))).toMatchObject([{ row: 1, message: expect.stringMatching(/^Row 1 is longer than 1 MiB/) }]);
  });
});
