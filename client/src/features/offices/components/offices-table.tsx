import { useTranslation } from 'react-i18next';
import type { OfficeOut } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import '../i18n';

/** Every office, with its department, e-mail, counts and state; each row opens its editor and its history. Stacked as cards on narrow screens. */
export function OfficesTable({ offices, onEdit }: { offices: OfficeOut[]; onEdit: (code: string) => void }) {
  const { t } = useTranslation('offices');
  const cols = { code: t('table.code'), name: t('table.name'), parent: t('table.parent'), email: t('table.email'), counts: t('table.counts'), state: t('table.state'), operations: t('table.operations') };
  const none = <span className="muted">{t('table.none')}</span>;
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-users-table">
      <caption className="visually-hidden">{t('table.caption')}</caption>
      <thead>
        <tr>
          {Object.values(cols).map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {offices.map((o) => (
          <tr key={o.code} className={o.retiredAt ? 'psm-users-table__off' : undefined}>
            <th scope="row" data-label={cols.code}>
              <code>{o.code}</code>
            </th>
            <td data-label={cols.name}>{o.name}</td>
            <td data-label={cols.parent}>{o.parentName ?? none}</td>
            <td data-label={cols.email} className="psm-users-table__email">
              {o.email ?? none}
            </td>
            <td data-label={cols.counts}>
              {t('table.users', { count: o.users })}, {t('table.actions', { count: o.actions })}
            </td>
            <td data-label={cols.state}>
              <span className={`psm-flag ${o.retiredAt ? 'psm-flag--off' : 'psm-flag--done'}`}>{o.retiredAt ? t('table.retired') : t('table.active')}</span>
            </td>
            <td data-label={cols.operations}>
              <div className="psm-bo-form__actions">
                <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onEdit(o.code)} aria-label={t('table.editLabel', { name: o.name })}>
                  {t('table.edit')}
                </button>
                <HistoryLink type="office" id={o.id} name={o.name} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
