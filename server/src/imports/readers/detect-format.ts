import { InvalidFileError } from '../../errors/errors';
import type { ImportFormat } from '../../contract/values';
import { DETECTION_ORDER, readerOf } from './index';
import { headText, looksLikeXml, xmlRootName } from './sniff-utils';
import { assertSingleByteText } from './text-stream';
import type { FormatReader } from './types';

function accepted(): string {
  return 'Accepted formats: ' + DETECTION_ORDER.map((r) => r.label).join('; ') + '.';
}

/** Names what a file that matches no reader looks like, so the analyst knows what went wrong. */
function describe(head: Buffer): string {
  const text = headText(head).trimStart();
  if (looksLikeXml(head)) {
    const root = xmlRootName(head);
    if (root === 'Structure') {
      return 'This is an SDMX structure message (data structure definition / codelist), not data: it describes the dataset but holds no observations. Download the data (GenericData or StructureSpecificData, or SDMX-CSV) instead.';
    }
    return `This is an XML file with root element <${root ?? '?'}>, not SDMX-ML 2.1 data.`;
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    return 'This is JSON but not JSON-stat 2.0 (no "class":"dataset"/"collection" and "version":"2.0"); it may be Eurostat\'s legacy JSON web-service response (version 1.0). Download JSON-stat 2.0, TSV or SDMX-CSV instead.';
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return 'This is a ZIP archive but not an XLSX workbook (ODS or ZIP are not read); save it as .xlsx or CSV.';
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return `The first line "${line.slice(0, 160)}" matches none of the known layouts.`;
}

/**
 * Picks the reader for a file from its first bytes (up to 64 KiB) and name; `override` forces one.
 * Throws InvalidFileError naming what the file looks like and which formats are accepted.
 */
export function detectFormat(head: Buffer, fileName: string, override?: ImportFormat): FormatReader {
  if (override) {
    // Checked at run time as well: the id may come from outside the type system.
    const reader = readerOf(override);
    if (!reader) throw new InvalidFileError(fileName, [{ message: `Unknown or unsupported format "${override}". ${accepted()}` }]);
    return reader;
  }
  if (head.length === 0) throw new InvalidFileError(fileName, [{ message: 'The file is empty.' }]);
  // XLSX is binary (ZIP) and legitimately holds NUL bytes; everything else must be single-byte text.
  if (!(head[0] === 0x50 && head[1] === 0x4b)) assertSingleByteText(head, fileName);
  const reader = DETECTION_ORDER.find((r) => r.sniff(head, fileName));
  if (reader) return reader;
  throw new InvalidFileError(fileName, [{ message: `${describe(head)} ${accepted()}` }]);
}
