import { csvCell, delimitedCell, toCsv } from './csv';

describe('CSV cells safe for spreadsheets', () => {
  it('puts a single quote before a text a spreadsheet would read as a formula', () => {
    expect(['=1+1', '+39 011 123', '-x', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+39 011 123", "'-x", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvCell('=HYPERLINK("http://example.org","clic")')).toBe(`"'=HYPERLINK(""http://example.org"",""clic"")"`);
  });

  it('keeps numbers, texts that are just a number, and other texts as they are', () => {
    expect([-3.5, -12, 0, 40, '-3.5', '-12', '+7', '-1,5', '1e-3'].map(csvCell)).toEqual(['-3.5', '-12', '0', '40', '-3.5', '-12', '+7', '"-1,5"', '1e-3']);
    expect(['Torino', '2024-S2', 'a=b', 'x-y', '', null, undefined, false].map(csvCell)).toEqual(['Torino', '2024-S2', 'a=b', 'x-y', '', '', '', 'false']);
  });

  it('neutralises every cell of a table, the header included', () => {
    expect(toCsv(['=h', 'n'], [['-2+3', -2]])).toBe("'=h,n\r\n'-2+3,-2\r\n");
  });

  it('quotes a cell holding the separator of its layout, and only then', () => {
    expect(['a;b', 'a,b', 'a"b', '=1;2'].map((v) => delimitedCell(v, ';'))).toEqual(['"a;b"', 'a,b', '"a""b"', `"'=1;2"`]);
    expect(delimitedCell('a;b', ',')).toBe('a;b');
  });
});
