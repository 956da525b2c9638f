import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/sources');
export const SDMX_CSV = fs.readFileSync(path.join(FIXTURES, 'istat_sdmx_csv_41_983_incidenti_comuni.csv'));
export const TSV = fs.readFileSync(path.join(FIXTURES, 'eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv'));

type Served = { body: Buffer; type: string; lastModified: string };

/** The Eurostat API path that answers JSON-stat 2.0 (statistics API 1.0), for the TSV's dataset. */
export const EUROSTAT_API = '/eurostat/api/dissemination/statistics/1.0/data/nama_10r_3gdp';

/**
 * What Eurostat's statistics API answers for a query on nama_10r_3gdp (`?geo=ITC11&geo=ITC1&unit=EUR_HAB`):
 * a JSON-stat 2.0 dataset (dimensions freq, unit, geo, time; sparse `value` and `status` objects) holding
 * the real values of the TSV sample, selected by the query's dimensions as the API selects them. No complete
 * stored answer of the API exists (see /work/shared/data/PROVENANCE.md), so the answer is built from the bulk file.
 */
export function eurostatJsonStat(query: URLSearchParams): Buffer {
  const [head, ...lines] = TSV.toString('utf8').trim().split('\n');
  const periods = head!.split('\t').slice(1).map((p) => p.trim());
  const rows = lines.map((l) => {
    const [key, ...cells] = l.split('\t');
    const [freq, unit, geo] = key!.split(',');
    return { freq: freq!, unit: unit!, geo: geo!, cells: cells.map((c) => c.trim()) };
  });
  const wanted = (dim: 'freq' | 'unit' | 'geo', v: string) => !query.getAll(dim).length || query.getAll(dim).includes(v);
  const kept = rows.filter((r) => wanted('freq', r.freq) && wanted('unit', r.unit) && wanted('geo', r.geo));
  const geos = [...new Set(kept.map((r) => r.geo))];
  const units = [...new Set(kept.map((r) => r.unit))];
  const index = (codes: string[]) => Object.fromEntries(codes.map((c, i) => [c, i]));
  const value: Record<string, number> = {};
  const status: Record<string, string> = {};
  for (const r of kept) {
    r.cells.forEach((cell, t) => {
      const m = /^([-\d.]+)\s*([a-z]*)$/.exec(cell);
      if (!m) return;
      // Row-major over freq (1), unit, geo, time: the last dimension varies fastest.
      const at = (units.indexOf(r.unit) * geos.length + geos.indexOf(r.geo)) * periods.length + t;
      value[at] = Number(m[1]);
      if (m[2]) status[at] = m[2];
    });
  }
  const doc = {
    version: '2.0',
    class: 'dataset',
    label: 'Gross domestic product (GDP) at current market prices by NUTS 3 regions',
    source: 'ESTAT',
    updated: '2026-11-30T08:00:00+0100',
    id: ['freq', 'unit', 'geo', 'time'],
    size: [1, units.length, geos.length, periods.length],
    dimension: {
      freq: { label: 'Time frequency', category: { index: { A: 0 }, label: { A: 'Annual' } } },
      unit: { label: 'Unit of measure', category: { index: index(units) } },
      geo: { label: 'Geopolitical entity (reporting)', category: { index: index(geos) } },
      time: { label: 'Time', category: { index: index(periods) } },
    },
    value,
    status,
    extension: { datasetId: 'nama_10r_3gdp', lang: 'EN' },
  };
  return Buffer.from(JSON.stringify(doc));
}

/**
 * A local stand-in for the ISTAT and Eurostat services (tests only): the real sample files with the
 * content types, ETag and Last-Modified those services send, 304 on a matching If-None-Match, and the
 * failures a source can have (404, no answer, a redirect loop, a body too large).
 */
export async function startSourceServer() {
  const files = new Map<string, Served>([
    ['/SDMXWS/rest/data/41_983', { body: SDMX_CSV, type: 'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }],
    ['/eurostat/nama_10r_3gdp.tsv', { body: TSV, type: 'text/tab-separated-values; charset=utf-8', lastModified: 'Mon, 30 Nov 2026 08:00:00 GMT' }],
  ]);
  /** Every request's path (query included), in order. */
  const requests: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    requests.push(req.url!);
    const file = files.get(url.pathname);
    if (file) {
      const etag = `"${crypto.createHash('sha256').update(file.body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'last-modified': file.lastModified }).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length, etag, 'last-modified': file.lastModified }).end(file.body);
      return;
    }
    if (url.pathname === EUROSTAT_API) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(eurostatJsonStat(url.searchParams));
      return;
    }
    if (url.pathname === '/hang') {
      hanging.add(res);
      return;
    }
    if (url.pathname === '/loop') {
      res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
      return;
    }
    if (url.pathname === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://example.org/data.csv' }).end();
      return;
    }
    if (url.pathname === '/big') {
      // Chunked, no Content-Length: the limit is found while reading.
      res.writeHead(200, { 'content-type': 'text/csv' });
      const line = Buffer.from('indicatore;territorio;anno;valore\n' + 'X;ITC11;2020;1\n'.repeat(4000));
      for (let i = 0; i < 5; i++) res.write(line);
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    /** Publishes a new version of a file (another body: another ETag). */
    publish: (pathname: string, body: Buffer) => {
      const f = files.get(pathname)!;
      files.set(pathname, { ...f, body, lastModified: new Date().toUTCString() });
    },
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
