import { z } from 'zod';
import { checkResponse, ContractDriftError } from './response-contract';
import type { AnyRouteDef } from './route-def';

const def = {
  method: 'get',
  path: '/api/things/:code',
  summary: 'A thing',
  tag: 'test',
  response: z.object({ code: z.string(), items: z.array(z.object({ n: z.number().int() })), note: z.string().nullable() }),
  handler: async () => ({}),
} as AnyRouteDef;

const drift = (result: unknown) => {
  try {
    checkResponse(def, result);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ContractDriftError);
    return (err as ContractDriftError).message;
  }
};

describe('the response contract check (every JSON answer in the tests)', () => {
  it('accepts exactly what the schema describes', () => {
    expect(drift({ code: 'a', items: [{ n: 1 }], note: null })).toBeNull();
  });

  it('names a missing or mistyped field', () => {
    expect(drift({ code: 'a', items: [{ n: 1.5 }] })).toBe('GET /api/things/:code: items.0.n: Invalid input: expected int, received number; note: Invalid input: expected string, received undefined');
  });

  it('names a field the schema does not declare, however deep', () => {
    expect(drift({ code: 'a', items: [{ n: 1, extra: true }], note: null, secret: 'x' })).toBe(
      'GET /api/things/:code: not in the response schema: items[0].extra, secret',
    );
  });

  it('compares the JSON sent: dates become strings, undefined fields vanish', () => {
    const withDate = { ...def, response: z.object({ at: z.string(), gone: z.string().optional() }) } as AnyRouteDef;
    expect(() => checkResponse(withDate, { at: new Date('2026-01-01T00:00:00Z'), gone: undefined })).not.toThrow();
  });
});
