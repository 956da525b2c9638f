import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow, ActionStatus } from '@psm/server/contract';
import { useStatusLabel } from '../../../components/status-badge';
import '../i18n';
import { filterOptions, NO_OFFICE, NO_UPDATE, OVERDUE_ONLY, TO_UPDATE, type ActionFilters, type Option } from '../utils/filter-actions';
import { useFundingSourceLabel } from '../../../lib/funding-labels';

type Props = {
  rows: readonly ActionRow[];
  statuses: readonly Pick<ActionStatus, 'code' | 'labelIt' | 'labelEn'>[];
  filters: ActionFilters;
  onChange: (patch: Partial<ActionFilters>) => void;
};

/** One labelled select; a value from the URL that the data no longer offers stays selectable, so it is never hidden. */
function FilterSelect({ label, value, all, options, onChange }: { label: string; value: string; all: string; options: Option[]; onChange: (v: string) => void }) {
  const id = useId();
  const list = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="select-wrapper act-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The explorer's filters: every choice goes to the URL, so the filtered view can be shared as a link. */
export function ActionFilters({ rows, statuses, filters, onChange }: Props) {
  const { t } = useTranslation('actions');
  const statusLabel = useStatusLabel();
  const sourceLabel = useFundingSourceLabel();
  const searchId = useId();
  const hintId = useId();
  const overdueId = useId();
  const overdueHintId = useId();
  const opts = filterOptions(rows, filters.asse);

  const statusOptions: Option[] = [
    ...statuses.map((s) => ({ value: s.code, label: statusLabel(s) })),
    { value: NO_UPDATE, label: t('shared.noUpdate') },
    { value: TO_UPDATE, label: t('shared.toUpdate') },
  ];
  const changeAxis = (asse: string) => {
    // A strategy of another axis would leave the table empty for no visible reason.
    const keep = !filters.strategia || rows.some((r) => r.strategy.code === filters.strategia && (!asse || r.axis.code === asse));
    onChange(keep ? { asse } : { asse, strategia: '' });
  };

  return (
    <div className="act-filters">
      <div className="act-filters__search">
        <label htmlFor={searchId} className="form-label">
          {t('explorer.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="form-control"
          value={filters.q}
          aria-describedby={hintId}
          onChange={(e) => onChange({ q: e.target.value })}
        />
        <p id={hintId} className="form-text muted">
          {t('explorer.searchHint')}
        </p>
      </div>
      <FilterSelect
        label={t('explorer.axis')}
        value={filters.asse}
        all={t('explorer.allAxes')}
        options={opts.axes.map((a) => ({ value: a.code, label: `${a.code} – ${a.title}` }))}
        onChange={changeAxis}
      />
      <FilterSelect
        label={t('explorer.strategy')}
        value={filters.strategia}
        all={t('explorer.allStrategies')}
        options={opts.strategies.map((s) => ({ value: s.code, label: `${s.code} – ${s.title}` }))}
        onChange={(strategia) => onChange({ strategia })}
      />
      <FilterSelect label={t('explorer.status')} value={filters.stato} all={t('explorer.allStatuses')} options={statusOptions} onChange={(stato) => onChange({ stato })} />
      <FilterSelect
        label={t('explorer.zone')}
        value={filters.zona}
        all={t('explorer.allZones')}
        options={opts.zones.map((z) => ({ value: z.code, label: z.name }))}
        onChange={(zona) => onChange({ zona })}
      />
      <FilterSelect
        label={t('explorer.office')}
        value={filters.ufficio}
        all={t('explorer.allOffices')}
        options={[
          ...opts.offices.map((o) => ({ value: o.code, label: o.name })),
          ...(opts.anyWithoutOffice ? [{ value: NO_OFFICE, label: t('explorer.noOffice') }] : []),
        ]}
        onChange={(ufficio) => onChange({ ufficio })}
      />
      <FilterSelect
        label={t('explorer.funding')}
        value={filters.fonte}
        all={t('explorer.allFundings')}
        options={opts.fundingSources.map((s) => ({ value: s, label: sourceLabel(s) }))}
        onChange={(fonte) => onChange({ fonte })}
      />
      <div className="form-check act-filter-check">
        <input
          id={overdueId}
          type="checkbox"
          className="form-check-input"
          checked={filters.ritardo === OVERDUE_ONLY}
          aria-describedby={overdueHintId}
          onChange={(e) => onChange({ ritardo: e.target.checked ? OVERDUE_ONLY : '' })}
        />
        <label htmlFor={overdueId} className="form-check-label">
          {t('explorer.overdueOnly')}
        </label>
        <p id={overdueHintId} className="form-text muted mb-0">
          {t('explorer.overdueHint')}
        </p>
      </div>
    </div>
  );
}
