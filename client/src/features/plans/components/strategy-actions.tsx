import { useTranslation } from 'react-i18next';
import type { ActionRow } from '@psm/server/contract';
import { StatusBadge } from '../../../components/status-badge';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { formatPercent, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePlanActions } from '../api/get-plan-actions';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';

function Progress({ value }: { value: number | null }) {
  const { t } = useTranslation('plans');
  if (value == null) return <span className="psm-muted">{t('actions.noProgress')}</span>;
  return (
    <span className="psm-progress">
      <span className="progress" aria-hidden="true">
        <span className="progress-bar" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span>{formatPercent(value, 0)}</span>
    </span>
  );
}

/** Level 2 of a strategy: its actions with status, progress, latest reporting period and whether an update is due. */
export function StrategyActions({ plan, strategy }: { plan: string; strategy: string }) {
  const { t } = useTranslation('plans');
  const query = usePlanActions(plan);
  const lang = useDataLang();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows: ActionRow[] = query.data.items.filter((a) => a.strategy.code === strategy);
  if (rows.length === 0) return <p className="psm-muted">{t('actions.none')}</p>;
  const period = formatPeriod(query.data.currentPeriod);
  return (
    <div className="psm-table-wrap">
      <table className="table psm-stack-table psm-actions-table">
        <caption className="visually-hidden">{t('actions.caption', { code: strategy })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.action')}</th>
            <th scope="col">{t('actions.status')}</th>
            <th scope="col">{t('actions.progress')}</th>
            <th scope="col">{t('actions.lastPeriod')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.code}>
              <th scope="row" className="psm-actions-table__title">
                <span className="psm-code">{a.code}</span> <Link to={paths.action(plan, a.code)} lang={lang}>
                  {a.title}
                </Link>
              </th>
              <td data-label={t('actions.status')}>
                <StatusBadge status={a.status} noUpdateLabel={t('rollup.noUpdate')} />
                {a.toUpdate && (
                  <span className="psm-to-update psm-to-update--badge" title={t('actions.toUpdateHint', { period })}>
                    {t('actions.toUpdate')}
                    <span className="visually-hidden">: {t('actions.toUpdateHint', { period })}</span>
                  </span>
                )}
              </td>
              <td data-label={t('actions.progress')}>
                <Progress value={a.progress} />
              </td>
              <td data-label={t('actions.lastPeriod')}>
                {a.lastPeriod ? formatPeriod(a.lastPeriod) : <span className="psm-muted">{t('actions.noReport')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
