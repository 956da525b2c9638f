import type { z } from 'zod';
import { sqlState } from '../errors/sql-state';
import { createTestDb, type TestDb } from '../test/test-db';
import * as contract from './index';

/** The parts of a zod schema's definition the walk reads. */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const isSchema = (v: unknown): v is z.ZodType => typeof v === 'object' && v !== null && '_zod' in v;

/** Every field whose name says it holds a link, under the request bodies (strict objects) of the contract. */
function urlFields(): [string, z.ZodType][] {
  const found: [string, z.ZodType][] = [];
  const walk = (s: z.ZodType, path: string) => {
    const def = defOf(s);
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        if (/url/i.test(key)) found.push([`${path}.${key}`, field]);
        else walk(field, `${path}.${key}`);
      }
    } else if (def.type === 'array' && def.element) walk(def.element, `${path}[]`);
    else if (def.type === 'pipe' && def.in) walk(def.in, path);
    else if (def.type === 'union') (def.options ?? []).forEach((o) => walk(o, path));
    else if (def.innerType) walk(def.innerType, path);
  };
  for (const [name, value] of Object.entries(contract)) {
    if (!isSchema(value)) continue;
    let root: z.ZodType = value;
    while (defOf(root).innerType || defOf(root).type === 'pipe') root = defOf(root).innerType ?? defOf(root).in!;
    // Request bodies are strict objects (CONTRIBUTING); responses are what we wrote.
    if (defOf(root).type === 'object' && defOf(root).catchall && defOf(defOf(root).catchall!).type === 'never') walk(root, name);
  }
  return found;
}

describe('links are http(s) only', () => {
  it('every URL field a request can send refuses other schemes, with the field named', () => {
    const fields = urlFields();
    expect(fields.map(([path]) => path).sort()).toEqual(
      [
        'actionEditInput.fundings[].sourceUrl',
        'actionUpdateInput.evidence.url',
        'importRecipeCreate.url',
        'importRecipePatch.url',
        'indicatorCreate.sourceUrl',
        'indicatorPatch.sourceUrl',
        'objectiveCreate.sourceUrl',
        'objectivePatch.sourceUrl',
        'targetCreate.sourceUrl',
        'toolCreate.url',
        'toolPatch.url',
      ].sort(),
    );
    for (const [path, schema] of fields) {
      for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org/x', '//example.org/x', 'example.org']) {
        const res = schema.safeParse(bad);
        expect([path, bad, res.success]).toEqual([path, bad, false]);
        expect(res.error?.issues.map((i) => i.message)).toEqual(['must be an http(s) URL']);
      }
      for (const good of ['https://example.org/a?b=1#c', 'http://www.cittametropolitana.torino.it/', 'HTTPS://example.org/x']) expect([path, schema.safeParse(good).success]).toEqual([path, true]);
    }
  });

  describe('in the database', () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDb();
    });
    afterAll(() => t.destroy());

    it('every link column has a check that refuses another scheme', async () => {
      const { rows: columns } = await t.db.raw(
        `select table_name, column_name from information_schema.columns where table_schema = current_schema() and column_name like '%url%' order by 1, 2`,
      );
      expect(columns.length).toBeGreaterThanOrEqual(11);
      for (const { table_name: table, column_name: column } of columns as { table_name: string; column_name: string }[]) {
        const { rows: checks } = await t.db.raw(
          `select pg_get_constraintdef(c.oid) as def from pg_constraint c where c.contype = 'c' and c.conrelid = ?::regclass`,
          [table],
        );
        const defs = (checks as { def: string }[]).map((c) => c.def).filter((d) => d.includes(column) && d.includes("~* '^https{0,1}://'"));
        expect([table, column, defs.length]).toEqual([table, column, 1]);
        const row = await t.db(table).first(t.db.raw('ctid::text as ctid'));
        if (!row) continue;
        const err = await t.db(table)
          .whereRaw('ctid = ?::tid', [row.ctid])
          .update({ [column]: 'javascript:alert(1)' })
          .then(() => null, (e: unknown) => e);
        expect([table, column, sqlState(err)]).toEqual([table, column, '23514']);
      }
      // The scheme in capitals is a valid link, which the API accepts: the database does too.
      await t.db('planning_tools').insert({ code: 'pums-caps', kind: 'pums', name: 'PUMS', url: 'HTTPS://example.org/pums' });
    });
  });
});
