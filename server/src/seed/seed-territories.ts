import type { Knex } from 'knex';
import { parseDelimited } from '../lib/text-file';
import { columnIndex, readSeedFile, readSeedJson } from './seed-files';

const COMUNI_FILE = 'territories/istat_elenco_comuni_italiani_provincia_001_torino.latin1.csv';
const ITTER_FILE = 'territories/istat_CL_ITTER107_torino_subset.csv';
const ZONE_MEMBERS_FILE = 'territories/zone_omogenee_cm_torino_membri_parziale.csv';
const STRUCTURE_FILE = 'plan/psm-structure.json';

type Structure = {
  sources: Record<string, string>;
  zone_omogenee: { n: number; name: string; comuni_2015: number; pop_2011: number; later: unknown; note?: string; source: string[] }[];
};

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** "inseriti con DCM del 31 gennaio 2019" → 2019-01-31: the date the source gives, or null. */
export function italianDate(text: string): string | null {
  const m = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export const zoneCode = (metroCode: string, n: number) => `${metroCode}-ZO${String(n).padStart(2, '0')}`;

/**
 * Italia, Nord-ovest, Piemonte, the metropolitan city, its 312 comuni (ISTAT list, read as it is:
 * Latin-1 with line breaks inside the header), the comuni suppressed by mergers (ISTAT ITTER107),
 * the 11 zone omogenee and the memberships the sources state.
 */
export async function seedTerritories(trx: Knex): Promise<Map<string, number>> {
  const itter = parseDelimited(readSeedFile(ITTER_FILE).buf, { delimiter: ';' });
  const itterName = new Map(itter.rows.map((r) => [r.cells[0]!, r.cells[1]!]));
  const itterParent = new Map(itter.rows.map((r) => [r.cells[0]!, r.cells[2]!]));
  const ISTAT_URL = 'https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/';

  const comuniFile = readSeedFile(COMUNI_FILE);
  const comuni = parseDelimited(comuniFile.buf, { delimiter: ';' });
  const h = comuni.header;
  const col = (prefix: string) => columnIndex(COMUNI_FILE, h, prefix);
  const c = {
    code: col('Codice Comune formato alfanumerico'),
    name: col('Denominazione in italiano'),
    other: col('Denominazione altra lingua'),
    uts: col("Codice dell'Unità territoriale sovracomunale"),
    utsName: col("Denominazione dell'Unità territoriale sovracomunale"),
    province: col('Codice Provincia (Storico)'),
    capoluogo: col('Flag Comune capoluogo'),
    cadastral: col('Codice Catastale'),
    nuts3: col('Codice NUTS3 2021'),
    nuts2: col('Codice NUTS2 2021'),
    region: col('Denominazione Regione'),
  };
  const first = comuni.rows[0]!.cells;
  const metroCode = first[c.nuts3]!;
  const regionCode = first[c.nuts2]!;

  const upper = [
    { code: 'IT', name: itterName.get('IT') ?? 'Italia', level: 'stato', nuts_code: 'IT' },
    { code: 'ITC', name: itterName.get('ITC') ?? 'Nord-ovest', level: 'ripartizione', nuts_code: 'ITC' },
    { code: regionCode, name: first[c.region]!, level: 'regione', nuts_code: regionCode, istat_code: '01' },
    {
      code: metroCode,
      name: `Città metropolitana di ${first[c.utsName]}`,
      level: 'citta_metropolitana',
      nuts_code: metroCode,
      uts_code: first[c.uts],
      istat_code: first[c.uts],
      attributes: JSON.stringify({ province_code: first[c.province], itter107: metroCode }),
    },
  ].map((t) => ({ source_url: ISTAT_URL, ...t }));

  const comuneRows = comuni.rows.map((r) => ({
    code: r.cells[c.code]!,
    name: r.cells[c.name]!,
    level: 'comune',
    istat_code: r.cells[c.code]!,
    uts_code: r.cells[c.uts]!,
    cadastral_code: r.cells[c.cadastral]!,
    nuts_code: r.cells[c.nuts3]!,
    source_url: ISTAT_URL,
    attributes: JSON.stringify({
      capoluogo: r.cells[c.capoluogo] === '1',
      ...(r.cells[c.other] ? { name_other_language: r.cells[c.other] } : {}),
    }),
  }));
  const active = new Set(comuneRows.map((r) => r.code));
  // Codes in ITTER107 under the metropolitan city that the current list no longer has: suppressed comuni.
  const suppressed = itter.rows
    .filter((r) => itterParent.get(r.cells[0]!) === metroCode && /^\d{6}$/.test(r.cells[0]!) && !active.has(r.cells[0]!))
    .map((r) => ({
      code: r.cells[0]!,
      name: r.cells[1]!,
      level: 'comune',
      istat_code: r.cells[0]!,
      source_url: ISTAT_URL,
      attributes: JSON.stringify({ suppressed: true, note: 'Codice ISTAT soppresso (fusione di comuni); data di soppressione non riportata nella fonte.' }),
    }));

  const structure = readSeedJson<Structure>(STRUCTURE_FILE);
  const zones = structure.zone_omogenee.map((z) => ({
    code: zoneCode(metroCode, z.n),
    name: z.name,
    level: 'zona_omogenea',
    number: String(z.n),
    source_url: structure.sources[z.source[0]!] ?? null,
    attributes: JSON.stringify({ comuni_2015: z.comuni_2015, population_istat_2011: z.pop_2011, later: z.later, note: z.note ?? null }),
  }));

  const inserted: { id: number; code: string }[] = [];
  for (const batch of [upper, comuneRows, suppressed, zones]) {
    for (let i = 0; i < batch.length; i += 200) {
      inserted.push(...(await trx('territories').insert(batch.slice(i, i + 200)).returning(['id', 'code'])));
    }
  }
  const ids = new Map(inserted.map((t) => [t.code, t.id]));
  const id = (code: string) => {
    const v = ids.get(code);
    if (v === undefined) throw new Error(`seed: unknown territory ${code}`);
    return v;
  };

  const memberships: Record<string, unknown>[] = [
    { child_id: id('ITC'), parent_id: id('IT'), source_url: ISTAT_URL },
    { child_id: id(regionCode), parent_id: id('ITC'), source_url: ISTAT_URL },
    { child_id: id(metroCode), parent_id: id(regionCode), source_url: ISTAT_URL },
    ...comuneRows.map((r) => ({ child_id: id(r.code), parent_id: id(metroCode), source_url: ISTAT_URL })),
    ...suppressed.map((r) => ({ child_id: id(r.code), parent_id: id(metroCode), source_url: ISTAT_URL, note: 'ISTAT CL_ITTER107' })),
    ...zones.map((z) => ({ child_id: id(z.code), parent_id: id(metroCode), source_url: z.source_url })),
  ];
  const members = parseDelimited(readSeedFile(ZONE_MEMBERS_FILE).buf, { delimiter: ',' });
  const m = (p: string) => columnIndex(ZONE_MEMBERS_FILE, members.header, p);
  const mc = { code: m('pro_com_t'), zone: m('zona_numero'), zoneName: m('zona_nome'), url: m('fonte_url'), note: m('note') };
  const zoneByName = new Map(structure.zone_omogenee.map((z) => [z.name.toLowerCase(), z.n]));
  for (const r of members.rows) {
    // The one zone whose number the member file leaves blank is matched by its name.
    const n = Number(r.cells[mc.zone]) || zoneByName.get(r.cells[mc.zoneName]!.toLowerCase());
    if (!n) throw new Error(`${ZONE_MEMBERS_FILE} row ${r.line}: zone "${r.cells[mc.zoneName]}" unknown`);
    const note = r.cells[mc.note] ?? '';
    memberships.push({
      child_id: id(r.cells[mc.code]!),
      parent_id: id(zoneCode(metroCode, n)),
      valid_from: italianDate(note),
      source_url: r.cells[mc.url] || null,
      note: note || null,
    });
  }
  for (let i = 0; i < memberships.length; i += 200) await trx('territory_memberships').insert(memberships.slice(i, i + 200));
  return ids;
}
