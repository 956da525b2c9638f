import { describe, expect, it, vi } from 'vitest';
import { fakeApi, sessionOf } from '../test/fake-api';
import { createTestQueryClient } from '../test/render';
import { ApiError, apiGet, apiGetWithEtag, apiSend } from './api-client';
import { queryKeys } from './query-keys';

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

describe('apiSend', () => {
  it('sends the signed-in session’s CSRF token, read from the session query at each write', async () => {
    const queryClient = createTestQueryClient();
    const calls = fakeApi({ 'POST /api/x': { status: 201, body: { ok: 1 } } });
    await apiSend('POST', '/api/x', { body: { a: 1 } });
    queryClient.setQueryData(queryKeys.session, sessionOf('analyst'));
    await expect(apiSend('POST', '/api/x', { body: { a: 1 } })).resolves.toMatchObject({ data: { ok: 1 }, status: 201 });
    expect(calls.map((c) => c.headers.get('X-CSRF-Token'))).toEqual([null, 'csrf-token-123']);
  });
});
