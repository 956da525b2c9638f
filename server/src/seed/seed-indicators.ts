import type { Knex } from 'knex';
import { parseDelimited, parseNumber } from '../lib/text-file';
import { columnIndex, readSeedFile, readSeedJson, type SeedFile } from './seed-files';

type IndicatorEntry = {
  code: string;
  name?: string;
  name_en?: string;
  definition?: string;
  unit?: string;
  decimals?: number;
  source: string;
  source_agency?: string;
  source_dataset?: string;
  source_code?: string;
  source_url?: string | null;
  polarity?: string;
  polarity_note?: string;
  kind?: string;
  frequency?: string;
  licence?: string;
  theme?: string;
  from_manifest?: string;
};
type FileEntry = {
  file: string;
  reader: 'bes' | 'istat_prov' | 'eurostat_tsv' | 'movimprese';
  source: string;
  territories: Record<string, string>;
  manifest?: string;
  filter?: Record<string, string>;
  indicator?: string;
  exclude?: { indicator: string; reason: string }[];
};
type Catalogue = {
  indicators: IndicatorEntry[];
  files: FileEntry[];
  strategy_links: { plan: string; strategy: string; indicator: string; demonstration: boolean; rationale: string }[];
};

/** One value read from a seed file, with the line it came from. */
type SeedObservation = {
  indicator: string;
  territory: string;
  year: string;
  value: number;
  line: number;
  provisional?: boolean;
  estimated?: boolean;
  break_in_series?: boolean;
  source_flag?: string | null;
  note?: string | null;
  source_url?: string | null;
};

const POLARITY: Record<string, string> = { higher_better: 'higher_better', lower_better: 'lower_better', contextual: 'neutral' };

type ManifestRow = Record<string, string>;
function readManifest(file: string): Map<string, ManifestRow> {
  const t = parseDelimited(readSeedFile(file).buf, { delimiter: ';' });
  return new Map(t.rows.map((r) => [r.cells[0]!, Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? '']))]));
}

function readBes(f: SeedFile, entry: FileEntry, bySourceCode: Map<string, string>): SeedObservation[] {
  const t = parseDelimited(f.buf, { delimiter: ';' });
  const col = (p: string) => columnIndex(f.name, t.header, p);
  const c = { id: col('idIndicatore'), terr: col('Territorio'), year: col('Anno'), kind: col('Livello'), value: col('Dato'), area: col('Area') };
  const out: SeedObservation[] = [];
  for (const r of t.rows) {
    const indicator = bySourceCode.get(`bes:${r.cells[c.id]}`);
    if (!indicator || r.cells[c.kind] !== 'Livello') continue;
    const value = parseNumber(r.cells[c.value]!, ',');
    if (value === null) throw new Error(`${f.name} row ${r.line}, column "Dato": "${r.cells[c.value]}" is not a number`);
    out.push({ indicator, territory: `${r.cells[c.terr]}|${r.cells[c.area]}`, year: r.cells[c.year]!, value, line: r.line });
  }
  return out;
}

function readIstatProv(f: SeedFile, manifest: Map<string, ManifestRow>): SeedObservation[] {
  const t = parseDelimited(f.buf, { delimiter: ';' });
  const col = (p: string) => columnIndex(f.name, t.header, p);
  const c = { id: col('indicator_id'), level: col('level'), key: col('territory_key'), year: col('year'), value: col('value') };
  return t.rows.map((r) => {
    const id = r.cells[c.id]!;
    const m = manifest.get(id);
    const value = parseNumber(r.cells[c.value]!, '.');
    if (value === null) throw new Error(`${f.name} row ${r.line}, column "value": not a number`);
    // The manifest states which last values are estimated (e) or provisional (p).
    const isLast = m && r.cells[c.year] === m.year_max;
    const note = m?.note ?? '';
    return {
      indicator: id,
      territory: `${r.cells[c.level]}|${r.cells[c.key]}`,
      year: r.cells[c.year]!,
      value,
      line: r.line,
      estimated: Boolean(isLast && /stimat/i.test(note)),
      provisional: Boolean(isLast && /provvisori/i.test(note)),
      source_flag: isLast && /\((OBS_STATUS )?[ep]\)/.test(note) ? (/stimat/i.test(note) ? 'e' : 'p') : null,
    };
  });
}

/** Eurostat bulk TSV: `freq,unit,geo\TIME_PERIOD` then a column per year; `:` missing; flags after the value. */
function readEurostatTsv(f: SeedFile, entry: FileEntry): SeedObservation[] {
  const lines = f.buf.toString('utf8').split(/\r?\n/);
  const header = lines[0]!.split('\t').map((s) => s.trim());
  const dims = header[0]!.split('\\')[0]!.split(',');
  const out: SeedObservation[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.split('\t');
    const keys = cells[0]!.split(',');
    const key = Object.fromEntries(dims.map((d, j) => [d, keys[j]]));
    if (!Object.entries(entry.filter ?? {}).every(([d, v]) => key[d] === v)) return;
    if (!(key.geo! in entry.territories)) return;
    cells.slice(1).forEach((raw, j) => {
      const m = /^\s*([-0-9.]+|:)\s*([a-z]*)\s*$/.exec(raw);
      if (!m) throw new Error(`${f.name} row ${i + 2}, column "${header[j + 1]}": "${raw}" unreadable`);
      if (m[1] === ':') return;
      const flags = m[2] ?? '';
      out.push({
        indicator: entry.indicator!,
        territory: key.geo!,
        year: header[j + 1]!,
        value: Number(m[1]),
        line: i + 2,
        provisional: flags.includes('p'),
        estimated: flags.includes('e'),
        break_in_series: flags.includes('b'),
        source_flag: flags || null,
      });
    });
  });
  return out;
}

function readMovimprese(f: SeedFile): SeedObservation[] {
  const t = parseDelimited(f.buf, { delimiter: ',' });
  const col = (p: string) => columnIndex(f.name, t.header, p);
  const c = { terr: col('territorio'), year: col('anno'), ind: col('indicatore'), value: col('valore'), note: col('note'), url: col('fonte_url') };
  return t.rows.map((r) => {
    const value = parseNumber(r.cells[c.value]!, '.');
    if (value === null) throw new Error(`${f.name} row ${r.line}, column "valore": not a number`);
    return {
      indicator: `MOV_${r.cells[c.ind]!.toUpperCase()}`,
      territory: r.cells[c.terr]!,
      year: r.cells[c.year]!,
      value,
      line: r.line,
      note: r.cells[c.note] || null,
      source_url: r.cells[c.url] || null,
    };
  });
}

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** "… arriva a dicembre 2026" in a manifest note: the first day of that month (the page shows the month); null when the note states none. */
export function nextReleaseIn(note: string | undefined): string | null {
  const m = /arriva a (\p{L}+) (\d{4})/u.exec(note ?? '');
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, '0')}-01` : null;
}

/**
 * The indicator catalogue (seeds/indicators.json) and every value of the real series it points
 * to. Each file becomes an import batch with its checksum; each value keeps its line.
 */
export async function seedIndicators(trx: Knex, territoryIds: Map<string, number>): Promise<void> {
  const cat = readSeedJson<Catalogue>('indicators.json');
  const manifests = new Map<string, Map<string, ManifestRow>>();
  const manifest = (file: string) => {
    if (!manifests.has(file)) manifests.set(file, readManifest(file));
    return manifests.get(file)!;
  };

  const movimprese = cat.files.find((f) => f.reader === 'movimprese');
  const movRows = movimprese ? readMovimprese(readSeedFile(movimprese.file)) : [];

  const indicatorRows = cat.indicators.map((ind) => {
    const { from_manifest, ...meta } = ind;
    if (from_manifest) {
      const m = manifest(from_manifest).get(ind.code);
      if (!m) throw new Error(`indicators.json: ${ind.code} not in ${from_manifest}`);
      Object.assign(meta, {
        name: m.name,
        unit: m.unit,
        decimals: Number(m.decimals),
        polarity: POLARITY[m.direction!] ?? 'neutral',
        polarity_note: `Direzione dal manifest della fonte: ${m.direction}.`,
        source_dataset: m.source_url!.split('/').pop(),
        // The public link is the publisher's page (method_url); source_url is the SDMX service the values came from.
        source_url: m.method_url || null,
        licence: m.license,
        theme: m.theme,
        definition: null,
        notes: m.note,
      });
    }
    // A next release only where the manifest states one (ISTATP_PIL_PRO_CAPITE: "il 2024 provinciale arriva a dicembre 2026").
    const next = from_manifest ? nextReleaseIn(manifest(from_manifest).get(ind.code)?.note) : null;
    if (next) Object.assign(meta, { next_release: next });
    if (!meta.source_url && ind.code.startsWith('MOV_')) {
      // Compiled from press releases: the indicator points at the latest release it cites.
      const latest = movRows.filter((r) => r.indicator === ind.code).sort((a, b) => Number(b.year) - Number(a.year))[0];
      meta.source_url = latest?.source_url ?? undefined;
    }
    // The catalogue is curated: its indicators are public from the start (an import's are drafts).
    return { ...meta, status: 'published', published_at: new Date() };
  });
  const inserted: { id: number; code: string }[] = await trx('indicators').insert(indicatorRows).returning(['id', 'code']);
  const indicatorIds = new Map(inserted.map((i) => [i.code, i.id]));
  const bySourceCode = new Map(cat.indicators.filter((i) => i.source_code).map((i) => [`${i.source}:${i.source_code}`, i.code]));

  for (const entry of cat.files) {
    const file = readSeedFile(entry.file);
    const read =
      entry.reader === 'bes'
        ? readBes(file, entry, bySourceCode)
        : entry.reader === 'istat_prov'
          ? readIstatProv(file, manifest(entry.manifest!))
          : entry.reader === 'eurostat_tsv'
            ? readEurostatTsv(file, entry)
            : movRows;
    const excluded = new Set((entry.exclude ?? []).map((e) => e.indicator));
    const rows = read.filter((o) => indicatorIds.has(o.indicator) && !excluded.has(o.indicator) && o.territory in entry.territories);
    const [batch] = await trx('import_batches')
      .insert({
        file_name: `seeds/${entry.file}`,
        format: entry.reader,
        checksum: file.checksum,
        source: entry.source,
        status: 'committed',
        rows_total: read.length,
        rows_inserted: rows.length,
        rows_rejected: 0,
        created_by_label: 'seed',
        options: JSON.stringify({ territories: entry.territories, filter: entry.filter ?? null, exclude: entry.exclude ?? [] }),
      })
      .returning('id');
    const obs = rows.map((o) => ({
      indicator_id: indicatorIds.get(o.indicator),
      territory_id: territoryIds.get(entry.territories[o.territory]!),
      period: o.year,
      period_start: `${o.year}-01-01`,
      value: o.value,
      provisional: o.provisional ?? false,
      estimated: o.estimated ?? false,
      break_in_series: o.break_in_series ?? false,
      source_flag: o.source_flag ?? null,
      note: o.note ?? null,
      source_url: o.source_url ?? null,
      source_row: o.line,
      import_batch_id: batch.id,
    }));
    for (let i = 0; i < obs.length; i += 500) await trx('observations').insert(obs.slice(i, i + 500));
  }

  for (const [position, link] of cat.strategy_links.entries()) {
    const strategy = await trx('strategies')
      .join('plans', 'plans.id', 'strategies.plan_id')
      .where({ 'plans.code': link.plan, 'strategies.code': link.strategy })
      .first('strategies.id');
    if (!strategy) throw new Error(`indicators.json: strategy ${link.plan} ${link.strategy} not in the plan seed`);
    await trx('indicator_strategies').insert({
      indicator_id: indicatorIds.get(link.indicator),
      strategy_id: strategy.id,
      demonstration: link.demonstration,
      rationale: link.rationale,
      position,
    });
  }
}
