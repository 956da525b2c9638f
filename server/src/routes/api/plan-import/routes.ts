import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { planImportForm, planImportQuery, planImportResult } from '../../../contract/plan-import';
import { importPlanUpload, PLAN_FILE_MAX_BYTES } from './service';

/** Loading a plan's structure from a file: the admins' write, as `npm run plan:import`. */
export function planImportRoutes(): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/plans/import',
      auth: 'admin',
      tag: 'Piano / Plan',
      summary: 'Importa la struttura di un piano / Import a plan structure',
      description:
        'multipart/form-data with the field file (.xlsx, .csv, .json, .yaml; at most 10 MB) and the text fields plan (required unless the file names it), title (needed for a new plan), subtitle, period (e.g. 2024-2026), declaredAxes, declaredStrategies, declaredActions. The whole file is checked first: every problem is a 422 listing row and column, and nothing is written. A valid file is loaded in one transaction (201): new entries added, changed titles and descriptions updated (old text in the audit log), entries missing from the file left as they are. `dryRun=true` runs the same import and rolls it back (200): the counts are what the import would do.',
      query: planImportQuery,
      requestBody: { contentType: 'multipart/form-data', schema: planImportForm, description: 'The plan file and the plan metadata.' },
      response: planImportResult,
      status: 201,
      statusOf: { statuses: [200], pick: (r) => (r.dryRun ? 200 : 201) },
      problems: [413, 415, 422],
      upload: { maxBytes: PLAN_FILE_MAX_BYTES },
      handler: ({ db, upload, query, actor }) => importPlanUpload(db, upload, actor, query.dryRun),
    }),
  ];
}
