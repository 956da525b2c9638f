import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { AppError, type InputIssue, InsufficientStorageError, InvalidParamsError } from '../errors/errors';

export class UploadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    // code and params: the import screen words the refusal in the user's language (imports/messages.ts).
    super(413, 'upload-too-large', 'File troppo grande / File too large', `The file is larger than the limit of ${formatMb(maxBytes)} (MAX_UPLOAD_MB).`, [], {
      code: 'upload.tooLarge',
      params: { limit: maxBytes },
    });
  }
}

export class UnsupportedUploadError extends AppError {
  constructor() {
    super(
      415,
      'unsupported-media-type',
      'Formato della richiesta non supportato / Unsupported media type',
      'Send the file as multipart/form-data, in the field "file".',
      [],
      { code: 'upload.notMultipart', params: {} },
    );
  }
}

/** Opens the file an upload is written to: fs.createWriteStream, or in tests one that fails like a full disk. */
export type OpenUploadFile = (tempPath: string) => Writable;

/** The disk (or the user's quota) is full: the server's problem, not the file's. */
const isDiskFull = (err: unknown) => ['ENOSPC', 'EDQUOT'].includes((err as NodeJS.ErrnoException | null)?.code ?? '');

const formatMb = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`);

/** An upload on disk under a temporary name, with the other form fields. */
export type ReceivedUpload = {
  tempPath: string;
  fileName: string;
  size: number;
  /** SHA-256, hex: the same the import computes, so a second upload of a file is recognised. */
  checksum: string;
  fields: Map<string, string[]>;
};

/** Room for the multipart boundaries and the other fields around the file. */
const FORM_OVERHEAD = 1024 * 1024;

/**
 * Streams the multipart `file` field to `dir` while hashing it (never held in memory whole) and collects
 * the other fields. Over `maxBytes` the partial file is deleted and 413 given once the body is read;
 * a body that announces itself too large is refused before it is read.
 */
export async function receiveUpload(
  req: Request,
  res: Response,
  opts: { dir: string; maxBytes: number; openFile?: OpenUploadFile },
): Promise<ReceivedUpload> {
  const openFile = opts.openFile ?? ((p: string) => fs.createWriteStream(p));
  if (!req.is('multipart/form-data')) throw new UnsupportedUploadError();
  if (Number(req.get('content-length') ?? 0) > opts.maxBytes + FORM_OVERHEAD) {
    res.set('Connection', 'close');
    throw new UploadTooLargeError(opts.maxBytes);
  }
  await fs.promises.mkdir(opts.dir, { recursive: true });

  const fields = new Map<string, string[]>();
  const issues: InputIssue[] = [];
  // Filled in by the parser's callbacks.
  const got: {
    file: Promise<Omit<ReceivedUpload, 'fields'> & { truncated: boolean }> | null;
    stream: Readable | null;
    tempPath: string | null;
  } = { file: null, stream: null, tempPath: null };

  const parsed = new Promise<void>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: opts.maxBytes, files: 5, fields: 100, fieldSize: 64 * 1024 } });
    } catch {
      reject(new UnsupportedUploadError());
      return;
    }
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) issues.push({ name, message: 'the value is too long', code: 'upload.valueTooLong', params: { field: name } });
      fields.set(name, [...(fields.get(name) ?? []), value]);
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || got.file) {
        issues.push(
          name === 'file'
            ? { name, message: 'one file at a time', code: 'upload.oneFile', params: {} }
            : { name, message: 'unexpected file: send the file in the field "file"', code: 'upload.unexpectedFile', params: { field: name } },
        );
        stream.resume();
        return;
      }
      const target = path.join(opts.dir, `.upload-${crypto.randomBytes(8).toString('hex')}.part`);
      got.tempPath = target;
      got.stream = stream;
      const hash = crypto.createHash('sha256');
      let size = 0;
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      got.file = pipeline(stream, hashing, openFile(target)).then(
        () => ({
          tempPath: target,
          fileName: cleanFileName(info.filename),
          size,
          checksum: hash.digest('hex'),
          truncated: Boolean(stream.truncated),
        }),
        (err: unknown) => {
          if (!isDiskFull(err)) throw err;
          throw new InsufficientStorageError('The server has no disk space left to receive the file; nothing was kept. Try again later or tell the administrators.');
        },
      );
      // Waited for at 'close'; a write error (disk full) stops the request at once.
      got.file.catch((err: unknown) => fail(err));
    });
    bb.on('filesLimit', () => issues.push({ name: 'file', message: 'one file at a time', code: 'upload.oneFile', params: {} }));
    bb.on('fieldsLimit', () => issues.push({ name: 'request', message: 'too many fields', code: 'upload.tooManyFields', params: {} }));
    bb.on('error', (err) => fail(new InvalidParamsError([{ name: 'request', message: `malformed multipart body (${(err as Error).message})`, code: 'upload.malformed', params: { detail: (err as Error).message } }])));
    bb.on('close', () => resolve());
    // The client went away: nobody reads the answer, nothing is kept.
    const interrupted = () => fail(new InvalidParamsError([{ name: 'file', message: 'the upload was interrupted', code: 'upload.interrupted', params: {} }]));
    req.on('error', interrupted);
    req.on('close', () => {
      if (!req.complete) interrupted();
    });
    req.pipe(bb);

    function fail(err: unknown): void {
      req.unpipe(bb);
      req.resume();
      // Ends the file's pipeline too, so that its partial file can be removed.
      got.stream?.destroy(err instanceof Error ? err : new Error(String(err)));
      reject(err);
    }
  });

  try {
    await parsed;
    if (!got.file) throw new InvalidParamsError([{ name: 'file', message: 'required: the file to import, as the multipart field "file"', code: 'upload.fileRequired', params: {} }]);
    const received = await got.file;
    if (received.truncated) throw new UploadTooLargeError(opts.maxBytes);
    if (received.size === 0) issues.push({ name: 'file', message: 'the file is empty', code: 'upload.emptyFile', params: {} });
    if (issues.length) throw new InvalidParamsError(issues);
    return { tempPath: received.tempPath, fileName: received.fileName, size: received.size, checksum: received.checksum, fields };
  } catch (err) {
    await got.file?.catch(() => undefined);
    if (got.tempPath) await fs.promises.rm(got.tempPath, { force: true });
    throw err;
  }
}

/** The name the analyst's file had, without any folder or control characters. */
function cleanFileName(name: string | undefined): string {
  const base = path.basename((name ?? '').replace(/\\/g, '/')).replace(/[\p{Cc}]/gu, '').trim();
  return base.slice(0, 255) || 'upload';
}
