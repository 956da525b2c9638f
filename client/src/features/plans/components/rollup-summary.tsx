import { useTranslation } from 'react-i18next';
import type { ActionStatus, Rollup } from '@psm/server/contract';
import { StatusBar } from '../../../components/status-bar';
import { formatPercent } from '../../../lib/format';
import '../i18n';

type Props = {
  rollup: Rollup | undefined;
  statuses: readonly ActionStatus[] | undefined;
  /** What the roll-up is of ("Asse 1"), read with the bar. */
  name: string;
  pending?: boolean;
};

/** Level 2 in brief: the actions by status as a bar with its legend, the mean progress, how many need an update and how many are overdue. */
export function RollupSummary({ rollup, statuses, name, pending = false }: Props) {
  const { t } = useTranslation('plans');
  if (!rollup || !statuses) return <p className="psm-muted small mb-0">{pending ? t('states.loading', { ns: 'common' }) : t('rollup.unavailable')}</p>;
  if (rollup.actions === 0) return <p className="psm-muted small mb-0">{t('rollup.noActions')}</p>;
  return (
    <div className="psm-rollup">
      <StatusBar
        statuses={statuses}
        byStatus={rollup.byStatus}
        noUpdate={rollup.noUpdate}
        label={t('rollup.barLabel', { name })}
        noUpdateLabel={t('rollup.noUpdate')}
      />
      <p className="psm-rollup__figures">
        <span>{t('rollup.actions', { count: rollup.actions })}</span>
        <span>
          {rollup.meanProgress == null
            ? t('rollup.meanProgressNone')
            : t('rollup.meanProgress', { value: formatPercent(rollup.meanProgress, 0) })}
        </span>
        {rollup.toUpdate > 0 && <span className="psm-to-update">{t('rollup.toUpdate', { count: rollup.toUpdate })}</span>}
        {rollup.overdue > 0 && <span className="psm-overdue-count">{t('overdue.count', { ns: 'common', count: rollup.overdue })}</span>}
      </p>
    </div>
  );
}
