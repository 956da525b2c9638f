import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { type InputIssue, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { findPlanRef } from '../../../plans/lookup';
import type { StrategyIndicators, StrategyIndicatorsInput } from '../../../contract/strategy-indicators';
import type { IndicatorRow, IndicatorStrategyRow, StrategyRow } from '../../../db/rows';
import { ofPublishedIndicator, publishedOnly } from '../../../indicators/visibility';

async function findStrategy(db: Knex, planCode: string, code: string, lock = false): Promise<Pick<StrategyRow, 'id' | 'code'>> {
  const plan = await findPlanRef(db, planCode);
  const query = db<StrategyRow>('strategies').where({ plan_id: plan.id, code }).first('id', 'code');
  const strategy = await (lock ? query.forUpdate() : query);
  if (!strategy) throw new NotFoundError('Strategy', `${planCode} ${code}`);
  return strategy;
}

/** The strategy's published indicators (or all, drafts too, for the audit log) in the dashboard's order (position, then code), numbered from 1. */
async function itemsOf(db: Knex, strategyId: number, drafts = false): Promise<StrategyIndicators['items']> {
  const rows = await db('indicator_strategies as x')
    .join('indicators as i', 'i.id', 'x.indicator_id')
    .where('x.strategy_id', strategyId)
    .modify((q) => (drafts ? q : publishedOnly(q)))
    .orderBy('x.position')
    .orderBy('i.code')
    .select<(Pick<IndicatorRow, 'code' | 'name'> & Pick<IndicatorStrategyRow, 'demonstration' | 'rationale'>)[]>('i.code', 'i.name', 'x.demonstration', 'x.rationale');
  return rows.map((r, i) => ({ indicator: r.code, name: r.name, demonstration: r.demonstration, rationale: r.rationale, position: i + 1 }));
}

export async function getStrategyIndicators(db: Knex, planCode: string, code: string): Promise<StrategyIndicators> {
  const strategy = await findStrategy(db, planCode, code);
  return { plan: planCode, strategy: strategy.code, items: await itemsOf(db, strategy.id) };
}

/**
 * Replaces the strategy's indicator links with `input.items`, in that order, in one transaction;
 * every item is checked first (unknown or repeated indicators are 400s naming the item) and the
 * audit log keeps the list before and after.
 */
export function setStrategyIndicators(db: Knex, actor: Actor, planCode: string, code: string, input: StrategyIndicatorsInput): Promise<StrategyIndicators> {
  return db.transaction(async (trx) => {
    // Locked: two replacements of the same list run one after the other.
    const strategy = await findStrategy(trx, planCode, code, true);
    const codes = input.items.map((item) => item.indicator);
    const ids = new Map((await trx<IndicatorRow>('indicators').whereIn('code', codes).select('id', 'code')).map((r) => [r.code, r.id]));
    const issues: InputIssue[] = [];
    const firstAt = new Map<string, number>();
    input.items.forEach((item, i) => {
      const name = `items.${i}.indicator`;
      const first = firstAt.get(item.indicator);
      if (!ids.has(item.indicator)) issues.push({ name, message: `no indicator with code "${item.indicator}"` });
      else if (first !== undefined) issues.push({ name, message: `"${item.indicator}" is listed twice, at items.${first} and items.${i}` });
      else firstAt.set(item.indicator, i);
    });
    if (issues.length) throw new InvalidParamsError(issues);

    const before = await itemsOf(trx, strategy.id, true);
    // The list replaced is the one the public (and the editor) sees: links to drafts not sent stay.
    await trx<IndicatorStrategyRow>('indicator_strategies')
      .where({ strategy_id: strategy.id })
      .where((w) => ofPublishedIndicator(w, 'indicator_id').orWhereIn('indicator_id', [...ids.values()]))
      .delete();
    if (input.items.length) {
      await trx<IndicatorStrategyRow>('indicator_strategies').insert(
        input.items.map((item, i) => ({
          indicator_id: ids.get(item.indicator)!,
          strategy_id: strategy.id,
          demonstration: item.demonstration,
          rationale: item.rationale || null,
          position: i + 1,
        })),
      );
    }
    const after = await itemsOf(trx, strategy.id, true);
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'strategy_indicators', resourceId: `${planCode}/${strategy.code}`, before, after },
    ]);
    return { plan: planCode, strategy: strategy.code, items: await itemsOf(trx, strategy.id) };
  });
}
