import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { NotFoundError, NotPublishableError } from '../../../errors/errors';
import type { BackofficeIndicatorDetail, BackofficeIndicatorList, BackofficeIndicatorQuery } from '../../../contract/indicator-drafts';
import type { IndicatorRow } from '../../../db/rows';
import { missingForPublication, publicationOf } from '../../../indicators/publication';
import { toIndicatorMeta } from '../../../indicators/meta';
import { detailOf, listIndicatorRows } from './service';

/** The back-office catalogue: drafts and published indicators, each with its status and what publishing still needs. */
export async function listBackofficeIndicators(db: Knex, q: BackofficeIndicatorQuery): Promise<BackofficeIndicatorList> {
  const { status, ...list } = q;
  const [{ rows, links, total }, drafts] = await Promise.all([
    listIndicatorRows(db, list, { drafts: true, status }),
    db('indicators').where('status', 'draft').count<{ n: string }[]>({ n: '*' }),
  ]);
  return {
    items: rows.map((r) => ({ ...toIndicatorMeta(r), strategies: links.get(r.id) ?? [], publication: publicationOf(r) })),
    page: q.page,
    pageSize: q.pageSize,
    total,
    drafts: Number(drafts[0]?.n ?? 0),
  };
}

async function rowOf(db: Knex, code: string, lock = false): Promise<IndicatorRow> {
  const query = db<IndicatorRow>('indicators').where({ code }).first();
  const row = await (lock ? query.forUpdate() : query);
  if (!row) throw new NotFoundError('Indicator', code);
  return row;
}

/** The back-office page of an indicator, draft or published. */
export async function getBackofficeIndicator(db: Knex, code: string): Promise<BackofficeIndicatorDetail> {
  const row = await rowOf(db, code);
  return { ...(await detailOf(db, row)), publication: publicationOf(row) };
}

const auditView = (r: IndicatorRow) => ({ status: r.status, publishedAt: r.published_at?.toISOString() ?? null });

/**
 * Publishes (or withdraws) an indicator in one transaction, with an audit entry: a 422 lists each
 * field publishing still needs, and writes nothing. Publishing what is published already (or
 * withdrawing a draft) changes nothing. The indicators' data_version trigger refreshes the public caches.
 */
export function setPublished(db: Knex, actor: Actor, code: string, publish: boolean): Promise<BackofficeIndicatorDetail> {
  return db.transaction(async (trx) => {
    const current = await rowOf(trx, code, true);
    const wanted = publish ? 'published' : 'draft';
    let row: IndicatorRow = current;
    if (current.status !== wanted) {
      if (publish) {
        const missing = missingForPublication(current);
        if (missing.length) throw new NotPublishableError(code, missing);
      }
      const [updated] = await trx<IndicatorRow>('indicators')
        .where({ id: current.id })
        .update({
          status: wanted,
          published_at: publish ? trx.fn.now() : null,
          published_by: publish ? actor.userId : null,
          updated_at: trx.fn.now(),
        })
        .returning('*');
      row = updated!;
      await writeAudit(trx, [
        { actor: actor.actor, userId: actor.userId, action: publish ? 'publish' : 'unpublish', resourceType: 'indicator', resourceId: code, before: auditView(current), after: auditView(row) },
      ]);
    }
    // Read before COMMIT: once it succeeds, nothing is left to fail.
    return { ...(await detailOf(trx, row)), publication: publicationOf(row) };
  });
}
