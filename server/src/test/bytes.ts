import type { Test } from 'supertest';

/** Reads the answer as bytes, whatever its type (supertest parses text and JSON only): XLSX, ZIP, a CSV with its BOM. */
export const bytes = (req: Test): Test =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
