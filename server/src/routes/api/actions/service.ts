import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { sideBySide } from '../../../db/side-by-side';
import { NotFoundError } from '../../../errors/errors';
import { actionOverdue, type MilestoneDue, milestonesDue, overdueDay } from '../../../actions/overdue';
import { type ActionState, actionStates, NO_UPDATE } from '../../../actions/state';
import { planRollup, type PlanRollup } from '../../../actions/rollup';
import { groupRollup } from '../../../actions/group-rollup';
import type { RollupGrouping } from '../../../contract/values';
import { findPlanRef } from '../../../plans/lookup';
import { servedObjectives } from '../../../planning-tools/served-objectives';
import type { ActionDetail, ActionRow as ActionItem, ActionTable, RollupGroups } from '../../../contract/actions';
import type { BodyRole } from '../../../contract/values';
import type { LeftJoined } from '../../../db/left-join';
import type {
  ActionFundingRow,
  ActionMilestoneRow,
  ActionPartnerRow,
  ActionRow,
  ActionStatusRow,
  ActionUpdateRow,
  AxisRow,
  OfficeRow,
  StrategyRow,
  TerritoryRow,
  UserRow,
} from '../../../db/rows';
import { csvCell } from '../../../lib/csv';
import { statusOut } from './status-service';

export async function listStatuses(db: Knex) {
  const rows = await db<ActionStatusRow>('action_statuses').orderBy('position').orderBy('code');
  return rows.map(statusOut);
}

/** An action with its strategy, axis, office and assignee, as the table and the detail show it. */
type ActionJoin = ActionRow & {
  strategy_code: StrategyRow['code'];
  strategy_title: StrategyRow['title'];
  axis_code: AxisRow['code'];
  axis_title: AxisRow['title'];
  responsible_name: UserRow['name'];
} & LeftJoined<{ office_code: OfficeRow['code']; office_name: OfficeRow['name'] }>;

function actionQuery(db: Knex, planId: number) {
  return db('actions as a')
    .join('strategies as s', 's.id', 'a.strategy_id')
    .join('axes as ax', 'ax.id', 's.axis_id')
    .leftJoin('offices as o', 'o.id', 'a.office_id')
    .leftJoin('users as ru', 'ru.id', 'a.responsible_user_id')
    .where('a.plan_id', planId)
    .select<ActionJoin[]>(
      'a.*',
      's.code as strategy_code',
      's.title as strategy_title',
      'ax.code as axis_code',
      'ax.title as axis_title',
      'o.code as office_code',
      'o.name as office_name',
      'ru.name as responsible_name',
    );
}

/** The zone omogenee, the funding source types and the dated milestones of the actions `where` selects (on `a`), by action id. */
type ActionLists = { zones: Map<number, ActionItem['zones']>; fundingSources: Map<number, string[]>; milestones: Map<number, MilestoneDue[]> };

/** Three queries, however many actions: the rows of the table never query one by one. */
async function actionLists(db: Knex, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<ActionLists> {
  const [zones, sources, milestones] = await sideBySide(
    db,
    () =>
      db('action_territories as at')
        .join('actions as a', 'a.id', 'at.action_id')
        .join('territories as t', 't.id', 'at.territory_id')
        .modify(where)
        .orderBy('t.code')
        .select<({ action_id: ActionRow['id'] } & Pick<TerritoryRow, 'code' | 'name'>)[]>('at.action_id', 't.code', 't.name'),
    () =>
      db('action_fundings as f')
        .join('actions as a', 'a.id', 'f.action_id')
        .modify(where)
        .distinct<Pick<ActionFundingRow, 'action_id' | 'source_type'>[]>('f.action_id', 'f.source_type')
        .orderBy('f.source_type'),
    () => milestonesDue(db, where),
  );
  const lists: ActionLists = { zones: new Map(), fundingSources: new Map(), milestones };
  for (const z of zones) lists.zones.set(z.action_id, [...(lists.zones.get(z.action_id) ?? []), { code: z.code, name: z.name }]);
  for (const f of sources) lists.fundingSources.set(f.action_id, [...(lists.fundingSources.get(f.action_id) ?? []), f.source_type]);
  return lists;
}

/** `today`: the day overdue is judged on (YYYY-MM-DD). */
function toRow(a: ActionJoin, state: ActionState, lists: ActionLists, today: string): ActionItem {
  return {
    code: a.code,
    title: a.title,
    strategy: { code: a.strategy_code, title: a.strategy_title },
    axis: { code: a.axis_code, title: a.axis_title },
    office: a.office_code ? { code: a.office_code, name: a.office_name } : null,
    responsible: a.responsible_user_id ? { id: a.responsible_user_id, name: a.responsible_name ?? null } : null,
    // actions_body_role_check keeps it within BODY_ROLES.
    bodyRole: a.body_role as BodyRole | null,
    plannedStart: a.planned_start,
    plannedEnd: a.planned_end,
    actualStart: a.actual_start,
    actualEnd: a.actual_end,
    weight: a.weight,
    status: state.status,
    progress: state.progress,
    lastPeriod: state.reportingPeriod,
    updatedAt: state.updatedAt,
    toUpdate: state.toUpdate,
    zones: lists.zones.get(a.id) ?? [],
    fundingSources: lists.fundingSources.get(a.id) ?? [],
    overdue: actionOverdue(a, state, lists.milestones.get(a.id) ?? [], today),
  };
}

/**
 * The plan's actions in code order with their state now, or `before` an instant (the updates
 * recorded until then); overdue judged on `today` (default: the day of `before`, or today).
 */
export async function getActionTable(db: Knex, planCode: string, currentPeriod: string, before?: string, today: string = overdueDay(before)): Promise<ActionTable> {
  const plan = await findPlanRef(db, planCode);
  const ofPlan = (q: Knex.QueryBuilder) => q.where('a.plan_id', plan.id);
  const [actions, states, lists] = await Promise.all([
    actionQuery(db, plan.id).orderByRaw(`string_to_array(a.code, '.')::int[]`),
    actionStates(db, ofPlan, currentPeriod, before),
    actionLists(db, ofPlan),
  ]);
  return { plan: plan.code, currentPeriod, items: actions.map((a) => toRow(a, states.get(a.id) ?? NO_UPDATE, lists, today)) };
}

/** One action with its whole history (newest first), milestones, partners, fundings and zones. */
export async function getActionDetail(db: Knex, planCode: string, code: string, currentPeriod: string, today: string = overdueDay()): Promise<ActionDetail> {
  const plan = await findPlanRef(db, planCode);
  const a = await actionQuery(db, plan.id).where('a.code', code).first();
  if (!a) throw new NotFoundError('Action', `${planCode} ${code}`);
  const thisAction = (q: Knex.QueryBuilder) => q.where('a.id', a.id);
  const [states, lists, history, milestones, partners, fundings, objectives] = await sideBySide(
    db,
    () => actionStates(db, thisAction, currentPeriod),
    () => actionLists(db, thisAction),
    () =>
      db('action_updates as u')
        .join('action_statuses as s', 's.code', 'u.status')
        .leftJoin('users as p', 'p.id', 'u.author_id')
        .where('u.action_id', a.id)
        .orderBy([{ column: 'u.created_at', order: 'desc' }, { column: 'u.id', order: 'desc' }])
        .select<(ActionUpdateRow & Pick<ActionStatusRow, 'label_it'> & { author: string | null })[]>(
          'u.*',
          's.label_it',
          db.raw('coalesce(p.name, p.email) as author'),
        ),
    () => db<ActionMilestoneRow>('action_milestones').where({ action_id: a.id }).orderBy(['position', 'planned_date', 'id']),
    () => db<ActionPartnerRow>('action_partners').where({ action_id: a.id }).orderBy('name'),
    () => db<ActionFundingRow>('action_fundings').where({ action_id: a.id }).orderBy(['source_type', 'id']),
    () => servedObjectives(db, a.id),
  );
  return {
    ...toRow(a, states.get(a.id) ?? NO_UPDATE, lists, today),
    plan: plan.code,
    description: a.description,
    currentPeriod,
    version: a.version,
    history: history.map((u) => ({
      id: u.id,
      status: u.status,
      statusLabelIt: u.label_it,
      progress: u.progress,
      reportingPeriod: u.reporting_period,
      comment: u.comment,
      evidence: u.evidence_type ? { type: u.evidence_type, number: u.evidence_number, date: u.evidence_date, url: u.evidence_url } : null,
      author: u.author,
      createdAt: u.created_at.toISOString(),
      actionVersion: u.action_version,
    })),
    milestones: milestones.map((m) => ({ title: m.title, plannedDate: m.planned_date, actualDate: m.actual_date })),
    partners: partners.map((p) => ({ name: p.name, role: p.role })),
    fundings: fundings.map((f) => ({
      sourceType: f.source_type,
      pnrrCode: f.pnrr_code,
      cup: f.cup,
      amount: f.amount,
      description: f.description,
      sourceUrl: f.source_url,
    })),
    objectives,
  };
}

export async function getPlanRollup(db: Knex, planCode: string, currentPeriod: string, before?: string, today?: string): Promise<PlanRollup> {
  const plan = await findPlanRef(db, planCode);
  return planRollup(db, plan.id, currentPeriod, before, today);
}

/** The plan's actions by zona omogenea, office or funding source, with a "non indicato" group last. */
export async function getGroupRollup(db: Knex, planCode: string, by: RollupGrouping, currentPeriod: string, before?: string, today?: string): Promise<RollupGroups> {
  const plan = await findPlanRef(db, planCode);
  return groupRollup(db, plan, by, currentPeriod, before, today);
}

/** The table's columns, shared by the CSV and the XLSX. */
const COLUMNS: [string, (r: ActionItem) => string | number | boolean | null][] = [
  ['code', (r) => r.code],
  ['title', (r) => r.title],
  ['strategy', (r) => r.strategy.code],
  ['office', (r) => r.office?.name ?? null],
  ['body_role', (r) => r.bodyRole],
  ['planned_start', (r) => r.plannedStart],
  ['planned_end', (r) => r.plannedEnd],
  ['actual_start', (r) => r.actualStart],
  ['actual_end', (r) => r.actualEnd],
  ['status', (r) => r.status?.code ?? null],
  ['status_label', (r) => r.status?.labelIt ?? null],
  ['rag', (r) => r.status?.rag ?? null],
  ['progress', (r) => r.progress],
  ['last_period', (r) => r.lastPeriod],
  ['to_update', (r) => r.toUpdate],
  ['axis', (r) => r.axis.code],
  ['zone_omogenee', (r) => r.zones.map((z) => z.name).join('; ') || null],
  ['fonti_finanziamento', (r) => r.fundingSources.join('; ') || null],
];

/** RFC 4180 CSV of the action table. */
export function actionsToCsv(t: ActionTable): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const r of t.items) lines.push(COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Dark fills get white text (relative luminance below 0.18). */
function isDark(hex: string): boolean {
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

/** The action table as an XLSX workbook (one sheet, header row frozen, status cells in their colour). */
export async function actionsToXlsx(t: ActionTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Azioni', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map(([h]) => ({ header: h, key: h, width: h === 'title' ? 60 : 14 }));
  ws.getRow(1).font = { bold: true };
  const statusCol = COLUMNS.findIndex(([h]) => h === 'status_label') + 1;
  for (const r of t.items) {
    const row = ws.addRow(COLUMNS.map(([, get]) => get(r)));
    if (r.status) {
      const hex = r.status.colour.slice(1).toUpperCase();
      const cell = row.getCell(statusCol);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
      if (isDark(hex)) cell.font = { color: { argb: 'FFFFFFFF' } };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
