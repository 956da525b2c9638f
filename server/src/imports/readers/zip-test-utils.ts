import zlib from 'node:zlib';

/** One entry of a hand-made ZIP: head, then `repeat.chunk` written `repeat.times` times, then tail. */
export type ZipPart = { name: string; head?: string; repeat?: { chunk: string; times: number }; tail?: string };

const BLOCK = 1024 * 1024;

/**
 * Deflates independent pieces into one raw deflate stream: each piece is compressed on its own and flushed
 * to a byte boundary (Z_FULL_FLUSH), so the outputs concatenate; the last one ends the stream (Z_FINISH).
 */
const piece = (b: Buffer, last: boolean): Buffer =>
  zlib.deflateRawSync(b, { level: 9, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH });

/** The compressed data, inflated size and CRC-32 of a part, without ever holding its inflated content. */
function deflatePart(part: ZipPart): { data: Buffer; size: number; crc: number } {
  const head = Buffer.from(part.head ?? '');
  const tail = Buffer.from(part.tail ?? '');
  const out: Buffer[] = [piece(head, false)];
  let crc = zlib.crc32(head);
  let size = head.length;
  if (part.repeat && part.repeat.times > 0) {
    const chunk = Buffer.from(part.repeat.chunk);
    const perBlock = Math.max(1, Math.floor(BLOCK / chunk.length));
    const block = Buffer.concat(Array.from({ length: perBlock }, () => chunk));
    const full = Math.floor(part.repeat.times / perBlock);
    const blockData = piece(block, false); // identical for every block: compressed once
    for (let k = 0; k < full; k++) {
      out.push(blockData);
      crc = zlib.crc32(block, crc);
    }
    const rest = block.subarray(0, (part.repeat.times - full * perBlock) * chunk.length);
    out.push(piece(rest, false));
    crc = zlib.crc32(rest, crc);
    size += full * block.length + rest.length;
  }
  out.push(piece(tail, true));
  crc = zlib.crc32(tail, crc);
  size += tail.length;
  return { data: Buffer.concat(out), size, crc };
}

/**
 * Writes a ZIP (deflated entries, sizes and CRC in the local headers, a central directory, the end record)
 * whose parts may inflate to hundreds of megabytes while the file stays small: hostile workbooks for tests.
 */
export function makeZip(parts: ZipPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const { data, size, crc } = deflatePart(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function colName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A minimal XLSX (one sheet "Dati" with the tidy header and one data row), its shared strings table padded
 * with `sharedStrings` repeats (a few hundred KB that inflate to hundreds of MB), its data row with
 * `rowCells` more cells and `sheetPadding` repeats; `sheetFirst` puts the sheet before the shared strings
 * in the ZIP (exceljs then keeps it in a temporary file until the shared strings have been read).
 */
export function hostileXlsx(
  opts: { sharedStrings?: { chunk: string; times: number }; rowCells?: number; sheetPadding?: { chunk: string; times: number }; sheetFirst?: boolean } = {},
): Buffer {
  const header = ['indicatore', 'territorio', 'anno', 'valore'];
  const extra = opts.rowCells ?? 0;
  const sharedStrings: ZipPart = {
    name: 'xl/sharedStrings.xml',
    head: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>` + header.map((h) => `<si><t>${h}</t></si>`).join(''),
    ...(opts.sharedStrings ? { repeat: opts.sharedStrings } : {}),
    tail: '</sst>',
  };
  const sheet: ZipPart = {
    name: 'xl/worksheets/sheet1.xml',
    head:
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>` +
      `<row r="1">${header.map((_, k) => `<c r="${colName(k + 1)}1" t="s"><v>${k}</v></c>`).join('')}</row>` +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2" t="inlineStr"><is><t>IT</t></is></c><c r="C2"><v>2020</v></c><c r="D2"><v>1</v></c>' +
      Array.from({ length: extra }, (_, k) => `<c r="${colName(k + 5)}2"><v>1</v></c>`).join(''),
    ...(opts.sheetPadding ? { repeat: opts.sheetPadding } : {}),
    tail: '</row></sheetData></worksheet>',
  };
  return makeZip([
    {
      name: '[Content_Types].xml',
      head: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      head: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      head: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      head: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL_NS}><sheets><sheet name="Dati" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    ...(opts.sheetFirst ? [sheet, sharedStrings] : [sharedStrings, sheet]),
  ]);
}
