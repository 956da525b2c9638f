import type { SessionOptions } from './sessions';

export type LoginLimits = {
  /** Failures for one e-mail within the lockout window that lock it. */
  maxFailures: number;
  /** Failures from one address within the window that block it. */
  maxFailuresPerIp: number;
  lockoutMinutes: number;
};

export type AuthOptions = { sessions: SessionOptions; login: LoginLimits };

export const DEFAULT_AUTH: AuthOptions = {
  sessions: { idleMinutes: 480, maxHours: 24, cookieSecure: 'auto' },
  login: { maxFailures: 5, maxFailuresPerIp: 50, lockoutMinutes: 15 },
};
