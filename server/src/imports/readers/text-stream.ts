import { importIssue } from '../messages';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { InvalidFileError } from '../../errors/errors';
import { decodeText, type Encoding } from '../../lib/text-file';
import type { ReaderOptions } from './types';

/** How much of the file we look at before choosing the encoding (the same window detection uses). */
export const HEAD_BYTES = 64 * 1024;

/** Throws when the bytes are UTF-16/UTF-32 or binary: every reader here expects UTF-8 or Latin-1 text. */
export function assertSingleByteText(head: Buffer, fileName: string): void {
  const utf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // Without a BOM, UTF-16 shows up as NUL bytes between ASCII letters; real CSV/TSV/XML never has NUL.
  if (utf16Bom || head.subarray(0, 4096).includes(0)) {
    throw new InvalidFileError(fileName, [importIssue('file.encoding', {})]);
  }
}

/** Drops a truncated multi-byte sequence at the end of the head so it does not spoil UTF-8 validation. */
function trimPartialUtf8(buf: Buffer): Buffer {
  let i = buf.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (buf[i]! & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0 || buf[i]! < 0xc0) return buf;
  const needed = buf[i]! >= 0xf0 ? 4 : buf[i]! >= 0xe0 ? 3 : 2;
  return back + 1 < needed ? buf.subarray(0, i) : buf;
}

/**
 * Decodes a byte stream to text chunk by chunk. The encoding (UTF-8, UTF-8 with BOM, Latin-1) is chosen
 * once, on the first 64 KiB, with the project's decodeText; the rest is decoded with a streaming decoder
 * so memory does not grow with the file. Also reports the bytes consumed through onProgress.
 */
export async function* decodeStream(
  input: Readable,
  options: ReaderOptions,
  onHead?: (headText: string, encoding: Encoding) => void,
): AsyncGenerator<string> {
  let bytes = 0;
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  // Set once the head has been seen; until then chunks wait in `pending`.
  const state: { decoder: iconv.DecoderStream | null } = { decoder: null };

  const start = (): iconv.DecoderStream => {
    // Only looks at the pending chunks; the caller feeds them to the decoder.
    const head = Buffer.concat(pending);
    if (head.length === 0) throw new InvalidFileError(options.fileName, [importIssue('file.empty', {})]);
    assertSingleByteText(head, options.fileName);
    const { text, encoding } = decodeText(trimPartialUtf8(head));
    onHead?.(text, encoding);
    state.decoder = iconv.getDecoder(encoding === 'latin1' ? 'latin1' : 'utf8', { stripBOM: true });
    return state.decoder;
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buf.length;
    options.onProgress?.(bytes);
    if (state.decoder) {
      yield state.decoder.write(buf);
      continue;
    }
    pending.push(buf);
    pendingBytes += buf.length;
    if (pendingBytes >= HEAD_BYTES) yield start().write(Buffer.concat(pending.splice(0)));
  }
  const decoder = state.decoder ?? start();
  const rest = pending.length ? decoder.write(Buffer.concat(pending)) : '';
  if (rest) yield rest;
  const tail = decoder.end();
  if (tail) yield tail;
}
