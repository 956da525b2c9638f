import { importIssue } from '../messages';
import { type InputIssue, InvalidFileError } from '../../errors/errors';
import type { ImportFormat } from '../../contract/values';
import { DETECTION_ORDER, readerOf } from './index';
import { headText, looksLikeXml, xmlRootName } from './sniff-utils';
import { assertSingleByteText } from './text-stream';
import type { FormatReader } from './types';

const formats = () => DETECTION_ORDER.map((r) => r.label);

/** Names what a file that matches no reader looks like, so the analyst knows what went wrong. */
function describe(head: Buffer): InputIssue {
  const text = headText(head).trimStart();
  const none = { root: null, firstLine: null, formats: formats() };
  if (looksLikeXml(head)) {
    const root = xmlRootName(head);
    if (root === 'Structure') return importIssue('format.sdmxStructure', { formats: formats() });
    return importIssue('format.unrecognised', { ...none, kind: 'xml', root: root ?? null });
  }
  if (text.startsWith('{') || text.startsWith('[')) return importIssue('format.unrecognised', { ...none, kind: 'json' });
  if (head[0] === 0x50 && head[1] === 0x4b) return importIssue('format.unrecognised', { ...none, kind: 'zip' });
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return importIssue('format.unrecognised', { ...none, kind: 'text', firstLine: line.slice(0, 160) });
}

/**
 * Picks the reader for a file from its first bytes (up to 64 KiB) and name; `override` forces one.
 * Throws InvalidFileError naming what the file looks like and which formats are accepted.
 */
export function detectFormat(head: Buffer, fileName: string, override?: ImportFormat): FormatReader {
  if (override) {
    // Checked at run time as well: the id may come from outside the type system.
    const reader = readerOf(override);
    if (!reader) throw new InvalidFileError(fileName, [importIssue('format.unknown', { format: override, formats: formats() })]);
    return reader;
  }
  if (head.length === 0) throw new InvalidFileError(fileName, [importIssue('file.empty', {})]);
  // XLSX is binary (ZIP) and legitimately holds NUL bytes; everything else must be single-byte text.
  if (!(head[0] === 0x50 && head[1] === 0x4b)) assertSingleByteText(head, fileName);
  const reader = DETECTION_ORDER.find((r) => r.sniff(head, fileName));
  if (reader) return reader;
  throw new InvalidFileError(fileName, [describe(head)]);
}
