import crypto from 'node:crypto';
import fs from 'node:fs';
import { HEAD_BYTES } from '../readers/text-stream';

const chunks = (filePath: string) => fs.createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;

/** Counts bytes and lines over a file's chunks; a last line without its line break counts too. */
function lineCounter() {
  let size = 0;
  let lines = 0;
  let last = 10;
  return {
    add(chunk: Buffer): void {
      size += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      last = chunk[chunk.length - 1]!;
    },
    get size(): number {
      return size;
    },
    get lines(): number {
      return size > 0 && last !== 10 ? lines + 1 : lines;
    },
  };
}

/** Size, SHA-256 and line count of a file no upload has measured (the CLI's), in one streaming pass. */
export async function fileFacts(filePath: string): Promise<{ size: number; checksum: string; lines: number }> {
  const hash = crypto.createHash('sha256');
  const counter = lineCounter();
  for await (const chunk of chunks(filePath)) {
    hash.update(chunk);
    counter.add(chunk);
  }
  return { size: counter.size, checksum: hash.digest('hex'), lines: counter.lines };
}

/** Line count of an uploaded file, whose size and checksum the upload has measured already. */
export async function countLines(filePath: string): Promise<number> {
  const counter = lineCounter();
  for await (const chunk of chunks(filePath)) counter.add(chunk);
  return counter.lines;
}

/** The first bytes format detection looks at. */
export async function readHead(filePath: string): Promise<Buffer> {
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
