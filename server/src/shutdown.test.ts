import fs from 'node:fs';
import http from 'node:http';
import { startServerProcess, type ServerProcess } from './test/server-process';
import { createTestDb, type TestDb } from './test/test-db';

/** `npm start`'s server on the test's database. */
function startServer(t: TestDb): ServerProcess {
  return startServerProcess({
    ...t.env,
    SHUTDOWN_TIMEOUT_MS: '10000',
    [t.engine === 'pglite' ? 'DATABASE_URL' : 'PGLITE_DIR']: undefined,
  });
}

describe('graceful shutdown (SIGTERM)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    // The embedded database serves one process: let the server have it.
    if (t.engine === 'pglite') await t.db.destroy();
  });
  afterAll(async () => {
    if (t.engine === 'pglite') fs.rmSync(t.env.PGLITE_DIR!, { recursive: true, force: true });
    else await t.destroy();
  });

  it('finishes the request in flight, then exits 0', async () => {
    const server = startServer(t);
    try {
      const port = await server.port;
      // A request whose body is still arriving when the signal comes: in flight.
      const body = JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password' });
      const answer = new Promise<{ status: number; requestId: string | undefined; text: string }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Request-Id': 'in-flight-1' } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode!, requestId: res.headers['x-request-id'] as string | undefined, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          server.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(10)), 500);
        }, 300);
      });
      const res = await answer;
      expect(res.status).toBe(401);
      expect(res.requestId).toBe('in-flight-1');
      expect(await server.exit).toBe(0);
      expect(server.output()).toContain('SIGTERM: finishing the requests in flight');
      // The request's JSON log line carries its id.
      expect(server.output()).toMatch(/"req":\{"id":"in-flight-1"/);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 90_000);
});
