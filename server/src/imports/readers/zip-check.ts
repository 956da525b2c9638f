import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { InvalidFileError } from '../../errors/errors';
import { importIssue } from '../messages';
import { LIMITS } from './limits';

/** One entry as the ZIP's central directory lists it. */
type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a ZIP held in memory, from its central directory; null when it has none (not a ZIP). */
function centralDirectory(buf: Buffer): ZipEntry[] | null {
  // The end record is the last 22 bytes, or up to 64 KiB earlier when the ZIP has a comment.
  let end = -1;
  for (let k = buf.length - 22; k >= Math.max(0, buf.length - 22 - 0xffff); k--) {
    if (buf.readUInt32LE(k) === EOCD) {
      end = k;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** The most a part of `compressed` bytes may inflate to (see LIMITS). */
const allowed = (compressed: number) =>
  Math.min(LIMITS.maxXlsxPartBytes, Math.max(LIMITS.xlsxRatioFreeBytes, LIMITS.maxXlsxRatio * compressed));

/** Inflates a raw deflate stream, keeping nothing, and resolves with its size; rejects past `limit`. */
async function inflatedSize(data: Buffer, limit: number): Promise<number> {
  let size = 0;
  const inflate = zlib.createInflateRaw();
  Readable.from([data]).pipe(inflate);
  for await (const chunk of inflate) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      inflate.destroy();
      return size;
    }
  }
  return size;
}

/**
 * Refuses a ZIP (an XLSX loaded whole, as the plan import does) any part of which declares, or actually
 * inflates to, more than LIMITS allow: the declared sizes are checked first, then every deflated part is
 * inflated once into nothing, counting its bytes, since declared sizes may lie. Leaves a file that is not
 * a ZIP to the workbook reader, which says so.
 */
export async function checkZipParts(fileName: string, buf: Buffer): Promise<void> {
  const entries = centralDirectory(buf);
  if (!entries) return;
  const refuse = (entry: ZipEntry, size: number): never => {
    const bySize = size > LIMITS.maxXlsxPartBytes;
    throw new InvalidFileError(fileName, [
      importIssue('file.zipBomb', { part: entry.name, reason: bySize ? 'size' : 'ratio', limit: bySize ? LIMITS.maxXlsxPartBytes : LIMITS.maxXlsxRatio }),
    ]);
  };
  for (const entry of entries) {
    const limit = allowed(entry.compressedSize);
    if (entry.uncompressedSize > limit) refuse(entry, entry.uncompressedSize);
    if (entry.method !== 8) continue;
    const at = entry.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) continue;
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const size = await inflatedSize(buf.subarray(start, start + entry.compressedSize), limit).catch(() => 0);
    if (size > limit) refuse(entry, size);
  }
}
