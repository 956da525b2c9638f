import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritoryList } from '@psm/server/contract';
import '../entry-i18n';
import '../i18n';
import { SearchSelect } from '../../../components/forms/search-select';
import { territoryOptions } from '../utils/territory-options';
import type { GridRow } from '../utils/value-grid';

type Props = {
  row: GridRow;
  /** 1-based position, as the server's errors name rows. */
  n: number;
  territories: TerritoryList['items'];
  /** Ids of the cells the last save refused (each named in the error summary above the grid). */
  invalid: ReadonlySet<string>;
  onChange: (patch: Partial<GridRow>) => void;
  onRemove: () => void;
};

/** One row of the value grid: every control labelled with its column, territory and period. */
export function ValueGridRow({ row, n, territories, invalid, onChange, onRemove }: Props) {
  const { t } = useTranslation('indicatorEntry');
  const { t: ta } = useTranslation('indicatorAdmin');
  const territoryName = row.territoryName || (territories.find((x) => x.code === row.territory)?.name ?? row.territory);
  const where = row.saved ? { territory: territoryName, period: row.period } : { territory: t('values.newRow', { n }), period: '' };
  const label = (field: string) => t('values.cellLabel', { field: t(`values.${field}` as 'values.value'), ...where }).trim();
  const id = (field: string) => `vg-${row.key}-${field}`;
  /** The props every control of a field shares: its id, its label and whether the last save refused it. */
  const cell = (field: string, className: string) => {
    const refused = invalid.has(id(field));
    return { id: id(field), 'aria-label': label(field), 'aria-invalid': refused || undefined, className: refused ? `${className} is-invalid` : className };
  };
  const territoryRefused = invalid.has(id('territory'));
  // About 330 territories: a list one types in (a code, a name or the level), computed once per list.
  const options = useMemo(() => territoryOptions(territories, (level) => ta(`targets.levels.${level}`)), [territories, ta]);
  const flag = (field: 'provisional' | 'estimated' | 'breakInSeries') => (
    <td>
      <input {...cell(field, 'form-check-input')} type="checkbox" checked={row[field]} onChange={(e) => onChange({ [field]: e.target.checked })} />
    </td>
  );
  return (
    <tr>
      {row.saved ? (
        <>
          <th scope="row">{territoryName}</th>
          <td>{row.period}</td>
        </>
      ) : (
        <>
          <td>
            <SearchSelect
              id={id('territory')}
              aria-label={label('territory')}
              aria-invalid={territoryRefused || undefined}
              inputClassName={`form-control form-control-sm${territoryRefused ? ' is-invalid' : ''}`}
              options={options}
              value={row.territory}
              onChange={(v) => onChange({ territory: v })}
            />
          </td>
          <td>
            <input {...cell('period', 'form-control form-control-sm')} placeholder="2024" title={t('values.periodHelp')} value={row.period} size={8} onChange={(e) => onChange({ period: e.target.value })} />
          </td>
        </>
      )}
      <td>
        <input {...cell('value', 'form-control form-control-sm')} inputMode="decimal" value={row.value} size={10} onChange={(e) => onChange({ value: e.target.value })} />
      </td>
      {flag('provisional')}
      {flag('estimated')}
      {flag('breakInSeries')}
      <td>
        <input {...cell('note', 'form-control form-control-sm')} value={row.note} maxLength={2000} onChange={(e) => onChange({ note: e.target.value })} />
      </td>
      <td>
        <input {...cell('sourceDocument', 'form-control form-control-sm')} value={row.sourceDocument} maxLength={1000} onChange={(e) => onChange({ sourceDocument: e.target.value })} />
      </td>
      <td>
        {!row.saved && (
          <button type="button" className="btn btn-link btn-sm" onClick={onRemove}>
            {t('values.removeRow', { n })}
          </button>
        )}
      </td>
    </tr>
  );
}
