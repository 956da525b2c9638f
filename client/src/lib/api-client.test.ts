import { describe, expect, it } from 'vitest';
import { mockFetch } from '../test/render';
import { ApiError, apiGet } from './api-client';

describe('apiGet', () => {
  it('returns the JSON body of a 2xx answer', async () => {
    mockFetch({ '/api/x': { body: { ok: 1 } } });
    await expect(apiGet('/api/x')).resolves.toEqual({ ok: 1 });
  });

  it('throws an ApiError carrying the problem+json detail on a non-2xx answer', async () => {
    mockFetch({ '/api/x': { status: 400, body: { title: 'Parametri non validi', detail: 'code: must be a strategy code' } } });
    const error = await apiGet('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('code: must be a strategy code');
  });
});
