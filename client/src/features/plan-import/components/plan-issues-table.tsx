import { useTranslation } from 'react-i18next';
import '../i18n';
import { formatNumber } from '../../../lib/format';
import type { PlanIssue } from '../types';

/** The problems of a refused file (422), each with its row and column. */
export function PlanIssuesTable({ issues }: { issues: PlanIssue[] }) {
  const { t } = useTranslation('planImport');
  return (
    <div className="table-responsive" tabIndex={0} role="region" aria-label={t('errors.caption')}>
      <table className="table table-sm bod-table">
        <caption className="visually-hidden">{t('errors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="bod-num">
              {t('errors.row')}
            </th>
            <th scope="col">{t('errors.column')}</th>
            <th scope="col">{t('errors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k}>
              <td className="bod-num">{i.row != null ? formatNumber(i.row, 0) : '–'}</td>
              <td>{(i.column ?? i.name) ? <code>{i.column ?? i.name}</code> : '–'}</td>
              <td className="bod-break">{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
