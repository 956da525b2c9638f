import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fake-api';
import { ApiError, apiGet, apiGetWithEtag } from './api-client';

describe('apiGet', () => {
  it('returns the JSON body of a 2xx answer', async () => {
    fakeApi({ '/api/x': { body: { ok: 1 } } });
    await expect(apiGet('/api/x')).resolves.toEqual({ ok: 1 });
  });

  it('throws an ApiError carrying the problem+json detail on a non-2xx answer', async () => {
    fakeApi({ '/api/x': { status: 400, body: { title: 'Parametri non validi', detail: 'code: must be a strategy code' } } });
    const error = await apiGet('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('code: must be a strategy code');
  });
});

describe('apiGetWithEtag', () => {
  it('returns the body with the ETag, revalidating when asked', async () => {
    fakeApi({ '/api/x': { body: { ok: 1 }, headers: { ETag: '"v3-abc"' } } });
    const spy = vi.spyOn(globalThis, 'fetch');
    await expect(apiGetWithEtag('/api/x', { cache: 'no-cache' })).resolves.toEqual({ data: { ok: 1 }, etag: '"v3-abc"' });
    expect(spy.mock.calls[0]![1]).toMatchObject({ cache: 'no-cache' });
  });
});
