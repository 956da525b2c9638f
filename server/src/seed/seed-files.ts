import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/config';

export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

export type SeedFile = { name: string; path: string; buf: Buffer; checksum: string };

export function readSeedFile(relative: string): SeedFile {
  const p = path.join(SEEDS_DIR, relative);
  const buf = fs.readFileSync(p);
  return { name: relative, path: p, buf, checksum: crypto.createHash('sha256').update(buf).digest('hex') };
}

export function readSeedJson<T>(relative: string): T {
  return JSON.parse(readSeedFile(relative).buf.toString('utf8')) as T;
}

/** Column index whose normalised header starts with `prefix`; throws naming the file when absent. */
export function columnIndex(file: string, header: string[], prefix: string): number {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const i = header.findIndex((h) => norm(h).startsWith(norm(prefix)));
  if (i < 0) throw new Error(`${file}: column "${prefix}" not found`);
  return i;
}
