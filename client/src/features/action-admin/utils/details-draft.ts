import type { ActionDetail, ActionEditInput, BodyRole, UserOut } from '@psm/server/contract';

type Keyed<T> = T & { key: number };
export type PartnerDraft = Keyed<{ name: string; role: string }>;
export type FundingDraft = Keyed<{ sourceType: string; pnrrCode: string; cup: string; amount: string; description: string; sourceUrl: string }>;
export type MilestoneDraft = Keyed<{ title: string; plannedDate: string; actualDate: string }>;

/** The form's values: text as typed (numbers too), lists as rows. */
export type DetailsDraft = {
  office: string;
  responsibleUser: string;
  bodyRole: BodyRole | '';
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  weight: string;
  zones: string[];
  partners: PartnerDraft[];
  fundings: FundingDraft[];
  milestones: MilestoneDraft[];
};

export const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const FUNDING_PARTS = ['sourceType', 'pnrrCode', 'cup', 'amount', 'description', 'sourceUrl'] as const;
const MILESTONE_PARTS = ['title', 'plannedDate', 'actualDate'] as const;

/** The fields as the server names them in a 400's `errors[]`, in the form's order (rows of lists included). */
export function fieldsOf(d: DetailsDraft): string[] {
  return [
    'office',
    'responsibleUser',
    'bodyRole',
    ...DATE_FIELDS.map((f) => `dates.${f}`),
    'weight',
    'zones',
    ...d.partners.flatMap((_, i) => [`partners.${i}.name`, `partners.${i}.role`]),
    ...d.fundings.flatMap((_, i) => FUNDING_PARTS.map((p) => `fundings.${i}.${p}`)),
    ...d.milestones.flatMap((_, i) => MILESTONE_PARTS.map((p) => `milestones.${i}.${p}`)),
  ];
}

let nextKey = 1;
const key = () => nextKey++;
export const emptyPartner = (): PartnerDraft => ({ key: key(), name: '', role: '' });
export const emptyFunding = (): FundingDraft => ({ key: key(), sourceType: 'pnrr', pnrrCode: '', cup: '', amount: '', description: '', sourceUrl: '' });
export const emptyMilestone = (): MilestoneDraft => ({ key: key(), title: '', plannedDate: '', actualDate: '' });

/** The number as the form shows it: Italian decimal comma. */
const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** The draft of an action as it is; the responsible person's e-mail comes from the accounts list (the public detail has only the name). */
export function initialDraft(a: ActionDetail, users: Pick<UserOut, 'id' | 'email'>[]): DetailsDraft {
  return {
    office: a.office?.code ?? '',
    responsibleUser: a.responsible ? (users.find((u) => u.id === a.responsible!.id)?.email ?? '') : '',
    bodyRole: a.bodyRole ?? '',
    plannedStart: a.plannedStart ?? '',
    plannedEnd: a.plannedEnd ?? '',
    actualStart: a.actualStart ?? '',
    actualEnd: a.actualEnd ?? '',
    weight: numberText(a.weight),
    zones: a.zones.map((z) => z.code),
    partners: a.partners.map((p) => ({ key: key(), name: p.name, role: p.role ?? '' })),
    fundings: a.fundings.map((f) => ({
      key: key(),
      sourceType: f.sourceType,
      pnrrCode: f.pnrrCode ?? '',
      cup: f.cup ?? '',
      amount: numberText(f.amount),
      description: f.description ?? '',
      sourceUrl: f.sourceUrl ?? '',
    })),
    milestones: a.milestones.map((m) => ({ key: key(), title: m.title, plannedDate: m.plannedDate ?? '', actualDate: m.actualDate ?? '' })),
  };
}

/** "2,5" or "1.250.000,50" or "2.5" → a number; NaN when it is not one. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/\s|€/g, '');
  if (!/^[\d.,]+$/.test(t)) return Number.NaN;
  if (t.includes(',')) return Number(t.replace(/\./g, '').replace(',', '.'));
  return (t.match(/\./g) ?? []).length > 1 ? Number(t.replace(/\./g, '')) : Number(t);
}

export type DraftProblem = 'required' | 'number' | 'amount' | 'plannedEndBeforeStart' | 'actualEndBeforeStart';

/** The client's own checks (what the server would refuse anyway, said before sending); the rest is the server's. */
export function validateDraft(d: DetailsDraft): Record<string, DraftProblem> {
  const out: Record<string, DraftProblem> = {};
  if (!d.weight.trim() || Number.isNaN(parseNumber(d.weight))) out.weight = 'number';
  d.partners.forEach((p, i) => {
    if (!p.name.trim()) out[`partners.${i}.name`] = 'required';
  });
  d.fundings.forEach((f, i) => {
    if (f.amount.trim() && Number.isNaN(parseNumber(f.amount))) out[`fundings.${i}.amount`] = 'amount';
  });
  d.milestones.forEach((m, i) => {
    if (!m.title.trim()) out[`milestones.${i}.title`] = 'required';
  });
  // An end before its start: said on the end, naming the field to change (ISO dates compare as text).
  for (const kind of ['planned', 'actual'] as const) {
    const [start, end] = [d[`${kind}Start`].trim(), d[`${kind}End`].trim()];
    if (start && end && end < start) out[`dates.${kind}End`] = `${kind}EndBeforeStart`;
  }
  return out;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The PATCH body: every field, lists whole (what the form shows is what the action becomes). */
export function toBody(d: DetailsDraft): ActionEditInput {
  return {
    office: orNull(d.office),
    responsibleUser: orNull(d.responsibleUser),
    bodyRole: d.bodyRole || null,
    dates: { plannedStart: orNull(d.plannedStart), plannedEnd: orNull(d.plannedEnd), actualStart: orNull(d.actualStart), actualEnd: orNull(d.actualEnd) },
    weight: parseNumber(d.weight),
    zones: d.zones,
    partners: d.partners.map((p) => ({ name: p.name.trim(), role: orNull(p.role) })),
    fundings: d.fundings.map((f) => ({
      sourceType: f.sourceType as NonNullable<ActionEditInput['fundings']>[number]['sourceType'],
      pnrrCode: orNull(f.pnrrCode),
      cup: orNull(f.cup)?.toUpperCase() ?? null,
      amount: f.amount.trim() ? parseNumber(f.amount) : null,
      description: orNull(f.description),
      sourceUrl: orNull(f.sourceUrl),
    })),
    milestones: d.milestones.map((m) => ({ title: m.title.trim(), plannedDate: orNull(m.plannedDate), actualDate: orNull(m.actualDate) })),
  };
}
