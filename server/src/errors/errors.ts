/** One problem in the input, located by row and column (files) or by name (fields, parameters). */
export type InputIssue = {
  /** 1-based line of the file the problem is on. */
  row?: number;
  /** Column header (files). */
  column?: string;
  /** Field or parameter name (requests). */
  name?: string;
  message: string;
  /** Stable code of the message (imports: see imports/messages.ts), for a screen to word it in the user's language. */
  code?: string;
  /** The values the message names, by name. */
  params?: Record<string, unknown>;
};

/** Errors the application raises on purpose; the error handler turns them into problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly issues: InputIssue[] = [],
    /** Extension members of the problem (RFC 9457 §3.2), e.g. the current version after a conflict. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  /** Response headers that go with the problem, e.g. Retry-After. */
  headers: Record<string, string> = {};
}

export class NotFoundError extends AppError {
  constructor(what: string, code: string) {
    super(404, 'not-found', 'Risorsa non trovata / Not found', `${what} "${code}" does not exist.`);
  }
}

/** A write based on a stale version (409); nothing was written and `extensions` says what is current now. */
export class ConflictError extends AppError {
  constructor(detail: string, extensions: Record<string, unknown>) {
    super(409, 'conflict', 'Conflitto di versione / Version conflict', detail, [], extensions);
  }
}

/** Bad request parameters or body fields (400). */
export class InvalidParamsError extends AppError {
  constructor(issues: InputIssue[]) {
    super(
      400,
      'invalid-params',
      'Parametri non validi / Invalid parameters',
      issues.map((i) => `${i.name ?? 'request'}: ${i.message}`).join('; '),
      issues,
    );
  }
}

/** An indicator that cannot be published yet (422): each missing field by name; nothing has been written. */
export class NotPublishableError extends AppError {
  constructor(code: string, missing: readonly string[]) {
    super(
      422,
      'not-publishable',
      'Indicatore non pubblicabile / Indicator not publishable',
      `Indicator "${code}" cannot be published: ${missing.join(', ')} missing.`,
      missing.map((name) => ({ name, message: 'missing: required to publish / mancante: necessario per pubblicare' })),
    );
  }
}

/** A request body in a format the route does not read (415), e.g. text/plain where JSON is expected. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(detail: string) {
    super(415, 'unsupported-media-type', 'Formato della richiesta non supportato / Unsupported media type', detail, [{ name: 'Content-Type', message: detail }]);
  }
}

/** The server has no room left to store what was sent (507); nothing was kept. */
export class InsufficientStorageError extends AppError {
  constructor(detail: string) {
    super(507, 'insufficient-storage', 'Spazio su disco esaurito / Insufficient storage', detail);
  }
}

/** A file that cannot be loaded as it is (422); nothing has been written. */
export class InvalidFileError extends AppError {
  constructor(fileName: string, issues: InputIssue[]) {
    super(
      422,
      'invalid-file',
      'File non valido / Invalid file',
      `${fileName}: ${issues.length} problem(s); nothing was written.\n` + issues.map(formatIssue).join('\n'),
      issues,
    );
  }
}

export function formatIssue(i: InputIssue): string {
  const where = [i.row !== undefined ? `row ${i.row}` : null, i.column ? `column "${i.column}"` : null, i.name ? `"${i.name}"` : null]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}

/** A write that must say which version it is based on (If-Match) and did not (428). */
export class PreconditionRequiredError extends AppError {
  constructor(detail: string) {
    super(428, 'precondition-required', 'Precondizione richiesta / Precondition required', detail, [{ name: 'If-Match', message: 'is required' }]);
  }
}

/** A manager writing to an action that is neither of their office nor assigned to them (403, not the guard's `forbidden`). */
export class NotAssignedError extends AppError {
  constructor(detail: string) {
    super(403, 'not-assigned', 'Azione non assegnata / Action not assigned to you', detail);
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super(401, 'unauthorized', 'Autenticazione richiesta / Authentication required', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: string) {
    super(403, 'forbidden', 'Operazione non consentita / Forbidden', detail);
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(403, 'csrf', 'Richiesta non verificata / CSRF check failed', "Send the session's CSRF token (from login or /api/auth/me) in the X-CSRF-Token header.");
  }
}

/**
 * The database cannot be reached, or is restarting or refusing connections (503): the request did
 * nothing, or nothing that was committed. Clients may try again after `Retry-After` seconds.
 */
export class DatabaseUnavailableError extends AppError {
  constructor() {
    super(503, 'database-unavailable', 'Database non raggiungibile / Database unavailable', 'The database cannot be reached right now; nothing was saved. Try again in a few seconds.');
    this.headers = { 'Retry-After': '5' };
  }
}
