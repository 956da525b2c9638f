import { useTranslation } from 'react-i18next';
import type { ActionRow } from '@psm/server/contract';
import { OverdueBadge } from '../../../components/overdue-badge';
import { StatusBadge } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { formatPercent, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import '../i18n';
import type { Ownership } from '../utils/ownership';

/** One action the user may update: code, title, strategy, office, status, progress, last period, "da aggiornare", the link to the form. */
export function ActionItem({ plan, row }: { plan: string; row: ActionRow & { ownership: Ownership } }) {
  const { t } = useTranslation('actionStatus');
  const none = <span className="muted">{t('list.none')}</span>;
  return (
    <li className="psm-bo-action">
      <div className="psm-bo-action__main">
        <h2 className="psm-bo-action__title h6">
          <span className="psm-code">{row.code}</span> <span lang="it">{row.title}</span>
        </h2>
        <p className="psm-bo-action__meta small">
          <span>
            {t('list.strategy', { code: row.strategy.code })}: <span lang="it">{row.strategy.title}</span>
          </span>
          <span>
            {t('list.office')}: {row.office ? row.office.name : <span className="muted">{t('list.noOffice')}</span>}
            {row.ownership === 'assigned' && <span className="badge bg-primary ms-2">{t('list.assignedToYou')}</span>}
          </span>
        </p>
      </div>
      <dl className="psm-bo-action__facts">
        <div>
          <dt>{t('list.status')}</dt>
          <dd>
            <StatusBadge status={row.status} noUpdateLabel={t('status.noUpdate')} />
            {row.overdue && (
              <span className="d-block mt-1">
                <OverdueBadge overdue={row.overdue} withSince />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('list.progress')}</dt>
          <dd>{row.progress == null ? none : formatPercent(row.progress, 0)}</dd>
        </div>
        <div>
          <dt>{t('list.lastPeriod')}</dt>
          <dd>{row.lastPeriod ? formatPeriod(row.lastPeriod) : none}</dd>
        </div>
      </dl>
      <div className="psm-bo-action__do">
        {row.toUpdate ? (
          <span className="psm-flag psm-flag--todo">{t('list.toUpdate')}</span>
        ) : (
          <span className="psm-flag psm-flag--done">{t('list.upToDate')}</span>
        )}
        <Link to={paths.backOffice.actionStatus(plan, row.code)} className="btn btn-primary btn-sm" aria-label={t('list.updateLabel', { code: row.code })}>
          {t('list.update')}
        </Link>
      </div>
    </li>
  );
}
