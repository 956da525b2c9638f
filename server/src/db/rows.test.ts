import fs from 'node:fs';
import { createTestDb, type TestDb } from '../test/test-db';
import { ARRAYS_THE_ENGINES_DISAGREE_ON, generateRows, REGENERATE, ROWS_FILE, rowTypeName, TS_TYPES } from './generate-rows';

/** A value of each type, as SQL text, and what the driver must give for it (undefined: only its type is checked). */
const SAMPLES: Record<string, [sql: string, value: unknown]> = {
  int2: ['7', 7],
  int4: ['7', 7],
  int8: ['9007199254740991', 9007199254740991],
  numeric: ['1234.5', 1234.5],
  float4: ['1.5', 1.5],
  float8: ['1.5', 1.5],
  date: ['2024-01-31', '2024-01-31'],
  timestamp: ['2024-01-31 10:00:00', undefined],
  timestamptz: ['2024-01-31 10:00:00Z', new Date('2024-01-31T10:00:00Z')],
  bool: ['true', true],
  text: ['x', 'x'],
  varchar: ['x', 'x'],
  bpchar: ['x', 'x'],
  uuid: ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000001'],
  json: ['{"a":[1]}', { a: [1] }],
  jsonb: ['{"a":[1]}', { a: [1] }],
};

/** The TS_TYPES name of a value: json comes back parsed, so an object stands for `unknown`. */
function tsTypeOf(v: unknown): string {
  if (v instanceof Date) return 'Date';
  if (v !== null && typeof v === 'object') return 'unknown';
  return typeof v;
}

/** Lines only in the committed file (-) or only in the generated text (+). */
function lineChanges(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  return [...a.filter((l) => !b.includes(l)).map((l) => `- ${l}`), ...b.filter((l) => !a.includes(l)).map((l) => `+ ${l}`)].join('\n');
}

describe('row types (src/db/rows.ts)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seed: false });
  });
  afterAll(() => t.destroy());

  it('are those of the migrated schema', async () => {
    const generated = await generateRows(t.db);
    const committed = fs.readFileSync(ROWS_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(`src/db/rows.ts does not match the migrations: run \`${REGENERATE}\` and commit the file.\n${lineChanges(committed, generated)}`);
    }
  });

  it('are named after their table, in PascalCase singular', () => {
    const tables = ['plans', 'axes', 'strategies', 'action_updates', 'action_statuses', 'territory_memberships', 'import_batches', 'audit_log', 'data_version'];
    expect(tables.map(rowTypeName)).toEqual([
      'PlanRow',
      'AxisRow',
      'StrategyRow',
      'ActionUpdateRow',
      'ActionStatusRow',
      'TerritoryMembershipRow',
      'ImportBatchRow',
      'AuditLogRow',
      'DataVersionRow',
    ]);
  });

  it(`give every column type the JS type the driver returns (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(TS_TYPES).sort());
    for (const [udt, [sql, expected]] of Object.entries(SAMPLES)) {
      const { rows } = await t.db.raw<{ rows: { v: unknown; a: unknown }[] }>(`select ?::${udt} as v, array[?::${udt}] as a`, [sql, sql]);
      const { v, a } = rows[0]!;
      expect({ udt, type: tsTypeOf(v) }).toEqual({ udt, type: TS_TYPES[udt] });
      if (expected !== undefined) expect({ udt, v }).toEqual({ udt, v: expected });
      if (ARRAYS_THE_ENGINES_DISAGREE_ON.includes(udt)) continue;
      expect({ udt, array: Array.isArray(a), element: Array.isArray(a) ? tsTypeOf(a[0]) : null }).toEqual({ udt, array: true, element: TS_TYPES[udt] });
    }
  });
});
