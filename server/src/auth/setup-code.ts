import crypto from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when copied from a console (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Wrong codes after which the code is replaced (and the new one printed): guessing 60 bits needs far more. */
export const MAX_SETUP_FAILURES = 5;

const plain = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The one-time code that guards the setup of the first administrator on a fresh install (the pattern of
 * self-hosted tools): held in this process only, printed on its console by `announce`, replaced after
 * MAX_SETUP_FAILURES wrong tries, gone once the administrator exists.
 */
export class SetupCode {
  private code: string | null = null;
  private failures = 0;

  constructor(private readonly announce: (code: string) => void = () => undefined) {}

  /** A new code (ABCD-EFGH-JKLM), printed; the old one no longer works. */
  issue(): string {
    const bytes = crypto.randomBytes(12);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    this.code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
    this.failures = 0;
    this.announce(this.code);
    return this.code;
  }

  /** The setup is done: no code works any more. */
  close(): void {
    this.code = null;
  }

  /** 'ok', 'wrong', 'rotated' (too many wrong tries: a new code was printed) or 'none' (no code was issued). */
  check(given: string): 'ok' | 'wrong' | 'rotated' | 'none' {
    if (!this.code) return 'none';
    const a = Buffer.from(plain(given));
    const b = Buffer.from(plain(this.code));
    if (a.length === b.length && crypto.timingSafeEqual(a, b)) return 'ok';
    if (++this.failures < MAX_SETUP_FAILURES) return 'wrong';
    this.issue();
    return 'rotated';
  }
}
