import crypto from 'node:crypto';
import fs from 'node:fs';
import { HEAD_BYTES } from '../readers/text-stream';

/** Size, SHA-256 and line count of a file, in one streaming pass. */
export async function fileFacts(filePath: string): Promise<{ size: number; checksum: string; lines: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  let lines = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1]!;
  }
  if (size > 0 && last !== 10) lines++;
  return { size, checksum: hash.digest('hex'), lines };
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
