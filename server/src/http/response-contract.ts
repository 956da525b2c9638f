import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { AppError } from '../errors/errors';
import type { AnyRouteDef } from './route-def';

/** A route answered JSON its response schema does not describe (only with `checkResponses`, i.e. in tests). */
export class ContractDriftError extends AppError {
  constructor(def: AnyRouteDef, detail: string) {
    super(500, 'contract-drift', 'Risposta fuori contratto / Response outside the contract', `${def.method.toUpperCase()} ${def.path}: ${detail}`);
  }
}

/** Paths of the values `plain` has and `described` lacks: fields the schema does not declare (zod drops them). */
function extraPaths(plain: unknown, described: unknown, at = ''): string[] {
  if (Array.isArray(plain) && Array.isArray(described)) return plain.flatMap((v, i) => extraPaths(v, described[i], `${at}[${i}]`));
  if (plain && typeof plain === 'object' && described && typeof described === 'object') {
    const d = described as Record<string, unknown>;
    return Object.entries(plain).flatMap(([k, v]) => (k in d ? extraPaths(v, d[k], at ? `${at}.${k}` : k) : [at ? `${at}.${k}` : k]));
  }
  return [];
}

/**
 * The contract cannot drift silently: the JSON a route sends must parse with its response schema
 * (no missing or mistyped field) and parse to itself (no field the schema does not declare).
 */
export function checkResponse(def: AnyRouteDef, result: unknown): void {
  const plain: unknown = JSON.parse(JSON.stringify(result ?? null));
  const parsed = (def.response as z.ZodType).safeParse(plain);
  if (!parsed.success) {
    throw new ContractDriftError(def, parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  }
  const described: unknown = JSON.parse(JSON.stringify(parsed.data ?? null));
  if (!isDeepStrictEqual(described, plain)) {
    const extra = extraPaths(plain, described);
    throw new ContractDriftError(def, extra.length ? `not in the response schema: ${extra.slice(0, 10).join(', ')}` : 'the response schema changes the values');
  }
}
