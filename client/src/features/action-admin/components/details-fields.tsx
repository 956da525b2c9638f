import { useTranslation } from 'react-i18next';
import type { OfficeOut, Territory, UserOut } from '@psm/server/contract';
import { BODY_ROLES, FUNDING_SOURCES } from '@psm/server/contract/values';
import { FormField } from '../../../components/forms/form-field';
import { SearchSelect } from '../../../components/forms/search-select';
import type { Form } from '../../../components/forms/use-form';
import { useFundingSourceLabel } from '../../../lib/funding-labels';
import '../i18n';
import { DATE_FIELDS, type DetailsDraft, emptyFunding, emptyMilestone, emptyPartner } from '../utils/details-draft';

export type DetailsForm = Form<DetailsDraft, string>;
export type Choices = { offices: OfficeOut[]; users: UserOut[]; zones: Territory[] };

/** Office, person, role, dates, weight. */
export function MainFields({ form, choices }: { form: DetailsForm; choices: Choices }) {
  const { t } = useTranslation('actionAdmin');
  const v = form.values;
  const offices = choices.offices
    .filter((o) => !o.retiredAt || o.code === v.office)
    .map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));
  const users = choices.users
    .filter((u) => u.active || u.email === v.responsibleUser)
    .map((u) => ({ value: u.email, label: u.name ? `${u.name} (${u.email})` : u.email }));
  return (
    <>
      <fieldset className="psm-bo-fieldset">
        <legend className="h5">{t('form.who')}</legend>
        <FormField {...form.field('office')} label={t('form.office')} hint={t('form.officeHint')}>
          {(p) => <SearchSelect {...p} options={offices} value={v.office} onChange={(office) => form.set({ office })} />}
        </FormField>
        <FormField {...form.field('responsibleUser')} label={t('form.responsibleUser')} hint={t('form.responsibleHint')}>
          {(p) => <SearchSelect {...p} options={users} value={v.responsibleUser} onChange={(responsibleUser) => form.set({ responsibleUser })} />}
        </FormField>
        <FormField {...form.field('bodyRole')} label={t('form.bodyRole')}>
          {(p) => (
            <select {...p} className="form-select" value={v.bodyRole} onChange={(e) => form.set({ bodyRole: e.target.value as DetailsDraft['bodyRole'] })}>
              <option value="">{t('form.roles.none')}</option>
              {BODY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`form.roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>
      <fieldset className="psm-bo-fieldset">
        <legend className="h5">{t('form.dates')}</legend>
        <div className="psm-bo-grid">
          {DATE_FIELDS.map((f) => (
            <FormField key={f} {...form.field(`dates.${f}`)} label={t(`form.${f}`)}>
              {(p) => <input {...p} type="date" className="form-control" value={v[f]} onChange={(e) => form.set({ [f]: e.target.value })} />}
            </FormField>
          ))}
        </div>
        <FormField {...form.field('weight')} label={t('form.weight')} hint={t('form.weightHint')}>
          {(p) => <input {...p} className="form-control psm-bo-narrow" inputMode="decimal" value={v.weight} onChange={(e) => form.set({ weight: e.target.value })} />}
        </FormField>
      </fieldset>
    </>
  );
}

/** The zone omogenee as checkboxes. */
export function ZoneFields({ form, zones }: { form: DetailsForm; zones: Territory[] }) {
  const { t } = useTranslation('actionAdmin');
  const { id, error } = form.field('zones');
  const chosen = new Set(form.values.zones);
  return (
    <fieldset className={`psm-bo-fieldset${error ? ' psm-field--error' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="h5">{t('form.zones')}</legend>
      <p id={`${id}-hint`} className="psm-field__hint">
        {t('form.zonesHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="psm-field__error">
          {error}
        </p>
      )}
      <div className="psm-bo-checks">
        {zones.map((z, i) => (
          <div key={z.code} className="form-check">
            <input
              id={i === 0 ? id : `${id}-${z.code}`}
              className="form-check-input"
              type="checkbox"
              checked={chosen.has(z.code)}
              onChange={(e) => form.set({ zones: e.target.checked ? [...form.values.zones, z.code] : form.values.zones.filter((c) => c !== z.code) })}
            />
            <label className="form-check-label" htmlFor={i === 0 ? id : `${id}-${z.code}`}>
              {z.name}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type ListKey = 'partners' | 'fundings' | 'milestones';

/** A repeatable list: a group per row with its fields and a remove button, and an add button. */
function RowList<K extends ListKey>(props: { form: DetailsForm; list: K; legend: string; rowLabel: (n: number) => string; add: string; empty: () => DetailsDraft[K][number]; children: (row: DetailsDraft[K][number], i: number, set: (patch: Partial<DetailsDraft[K][number]>) => void) => React.ReactNode }) {
  const { form, list, legend, rowLabel, add, empty, children } = props;
  const { t } = useTranslation('actionAdmin');
  const rows = form.values[list] as DetailsDraft[K][number][];
  const setRows = (next: DetailsDraft[K][number][]) => form.set({ [list]: next } as Partial<DetailsDraft>);
  return (
    <fieldset className="psm-bo-fieldset">
      <legend className="h5">{legend}</legend>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="psm-bo-row">
          <legend className="h6">{rowLabel(i + 1)}</legend>
          <div className="psm-bo-grid">{children(row, i, (patch) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}</div>
          <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('form.remove', { what: rowLabel(i + 1) })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setRows([...rows, empty()])}>
        {add}
      </button>
    </fieldset>
  );
}

export function PartnerFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation('actionAdmin');
  return (
    <RowList form={form} list="partners" legend={t('form.partners')} rowLabel={(n) => t('form.partner', { n })} add={t('form.addPartner')} empty={emptyPartner}>
      {(row, i, set) => (
        <>
          <FormField {...form.field(`partners.${i}.name`)} label={t('form.partnerName')} required>
            {(p) => <input {...p} className="form-control" value={row.name} onChange={(e) => set({ name: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`partners.${i}.role`)} label={t('form.partnerRole')}>
            {(p) => <input {...p} className="form-control" value={row.role} onChange={(e) => set({ role: e.target.value })} />}
          </FormField>
        </>
      )}
    </RowList>
  );
}

export function FundingFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation('actionAdmin');
  const sourceLabel = useFundingSourceLabel();
  return (
    <RowList form={form} list="fundings" legend={t('form.fundings')} rowLabel={(n) => t('form.funding', { n })} add={t('form.addFunding')} empty={emptyFunding}>
      {(row, i, set) => (
        <>
          <FormField {...form.field(`fundings.${i}.sourceType`)} label={t('form.sourceType')} required>
            {(p) => (
              <select {...p} className="form-select" value={row.sourceType} onChange={(e) => set({ sourceType: e.target.value })}>
                {FUNDING_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {sourceLabel(s)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField {...form.field(`fundings.${i}.pnrrCode`)} label={t('form.pnrrCode')} hint={t('form.pnrrHint')}>
            {(p) => <input {...p} className="form-control" value={row.pnrrCode} onChange={(e) => set({ pnrrCode: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`fundings.${i}.cup`)} label={t('form.cup')} hint={t('form.cupHint')}>
            {(p) => <input {...p} className="form-control" value={row.cup} onChange={(e) => set({ cup: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`fundings.${i}.amount`)} label={t('form.amount')}>
            {(p) => <input {...p} className="form-control" inputMode="decimal" value={row.amount} onChange={(e) => set({ amount: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`fundings.${i}.description`)} label={t('form.description')}>
            {(p) => <input {...p} className="form-control" value={row.description} onChange={(e) => set({ description: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`fundings.${i}.sourceUrl`)} label={t('form.sourceUrl')}>
            {(p) => <input {...p} type="url" className="form-control" value={row.sourceUrl} onChange={(e) => set({ sourceUrl: e.target.value })} />}
          </FormField>
        </>
      )}
    </RowList>
  );
}

export function MilestoneFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation('actionAdmin');
  return (
    <RowList form={form} list="milestones" legend={t('form.milestones')} rowLabel={(n) => t('form.milestone', { n })} add={t('form.addMilestone')} empty={emptyMilestone}>
      {(row, i, set) => (
        <>
          <FormField {...form.field(`milestones.${i}.title`)} label={t('form.milestoneTitle')} required>
            {(p) => <input {...p} className="form-control" value={row.title} onChange={(e) => set({ title: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`milestones.${i}.plannedDate`)} label={t('form.plannedDate')}>
            {(p) => <input {...p} type="date" className="form-control" value={row.plannedDate} onChange={(e) => set({ plannedDate: e.target.value })} />}
          </FormField>
          <FormField {...form.field(`milestones.${i}.actualDate`)} label={t('form.actualDate')}>
            {(p) => <input {...p} type="date" className="form-control" value={row.actualDate} onChange={(e) => set({ actualDate: e.target.value })} />}
          </FormField>
        </>
      )}
    </RowList>
  );
}
