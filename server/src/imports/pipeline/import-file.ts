import type { ImportFormat } from '../../contract/values';
import { type InputIssue, InvalidFileError } from '../../errors/errors';
import { detectFormat } from '../readers/detect-format';
import { readerOf } from '../readers/index';
import type { FormatReader } from '../readers/types';
import { countLines, fileFacts, readHead } from './file-facts';

/** The reader for a file, or why none reads it (the report's errors). */
export type Detection = { reader: FormatReader } | { issues: InputIssue[] };

/** What an import knows of its file before it reads a record. */
export type ImportFile = {
  path: string;
  /** As the analyst named it (an upload is stored under its checksum). */
  name: string;
  size: number;
  /** SHA-256, hex: the same file imported again with the same options is recognised by it. */
  checksum: string;
  format: Detection;
  /** Lines of a line-based file, the progress' row total; null for the other formats. */
  lines: number | null;
};

/** The file's format from its first bytes, or the one `override` names. */
export async function detectFile(filePath: string, fileName: string, override?: ImportFormat): Promise<Detection> {
  try {
    return { reader: detectFormat(await readHead(filePath), fileName, override) };
  } catch (err) {
    if (err instanceof InvalidFileError) return { issues: err.issues };
    throw err;
  }
}

/** A file no upload has measured (the CLI's): its size, checksum and lines in one pass, then its format. */
export async function inspectFile(filePath: string, fileName: string, override?: ImportFormat): Promise<ImportFile> {
  const facts = await fileFacts(filePath);
  const format = await detectFile(filePath, fileName, override);
  const lines = 'reader' in format && format.reader.lineBased ? facts.lines : null;
  return { path: filePath, name: fileName, size: facts.size, checksum: facts.checksum, format, lines };
}

/** What the upload measured of a file, as its batch row keeps it (`format`: the detected id, or 'unknown'). */
export type UploadedFile = { path: string; name: string; size: number; checksum: string; format: string };

/**
 * An uploaded file, as its upload measured it: it is not read again for its checksum nor for its format,
 * only for its lines when the format is line based (the progress). A file no reader accepted at upload
 * is looked at again, for the words that say why: the batch row keeps only the id.
 */
export async function uploadedFile(upload: UploadedFile, override?: ImportFormat): Promise<ImportFile> {
  const reader = readerOf(upload.format);
  const format = reader ? { reader } : await detectFile(upload.path, upload.name, override);
  const lines = 'reader' in format && format.reader.lineBased ? await countLines(upload.path) : null;
  return { path: upload.path, name: upload.name, size: upload.size, checksum: upload.checksum, format, lines };
}
