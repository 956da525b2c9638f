import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '@psm/server/contract';
import { OverdueBadge } from '../../../components/overdue-badge';
import { StatusBadge } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { formatDate, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { hasRole, useSession } from '../../../lib/session';
import '../i18n';
import { CurrentPeriodNote } from './current-period-note';
import { ProgressMeter, ToUpdateMarker } from './progress-meter';

/** Since when and why an open action is overdue (the dates it missed), as the server judged it. */
function OverdueFact({ overdue }: { overdue: NonNullable<ActionDetail['overdue']> }) {
  const { t } = useTranslation('actions');
  return (
    <div>
      <dt>{t('detail.overdue')}</dt>
      <dd className="act-facts__overdue">
        <OverdueBadge overdue={overdue} withSince />
        <span className="d-block small mt-1">
          {t('detail.overdueWhy')}{' '}
          {overdue.reasons
            .map((r) => (r.kind === 'milestone' ? t('detail.overdueMilestone', { title: r.title, date: formatDate(r.dueDate) }) : t('detail.overdueEnd', { date: formatDate(r.dueDate) })))
            .join('; ')}
        </span>
      </dd>
    </div>
  );
}

/** The current status at a glance, with the way to update it for those who may. */
export function ActionCurrentStatus({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('actions');
  const session = useSession();
  const mayUpdate = hasRole(session.data, 'manager');
  return (
    <section className="act-panel" aria-labelledby="act-current-title">
      <h2 id="act-current-title" className="h4">
        {t('detail.current')}
      </h2>
      <dl className="act-facts">
        <div>
          <dt>{t('detail.status')}</dt>
          <dd className="act-facts__status">
            <StatusBadge status={action.status} noUpdateLabel={t('shared.noUpdate')} />
            {action.toUpdate && <ToUpdateMarker />}
          </dd>
        </div>
        {action.overdue && <OverdueFact overdue={action.overdue} />}
        <div>
          <dt>{t('detail.progress')}</dt>
          <dd>
            <ProgressMeter value={action.progress} large />
          </dd>
        </div>
        <div>
          <dt>{t('detail.lastPeriod')}</dt>
          <dd>{action.lastPeriod ? formatPeriod(action.lastPeriod) : <span className="muted">{t('shared.notAvailable')}</span>}</dd>
        </div>
      </dl>
      <CurrentPeriodNote period={action.currentPeriod} />
      {mayUpdate && (
        <p>
          <Link className="btn btn-primary" to={paths.backOffice.actionStatus(action.plan, action.code)}>
            {t('detail.update')}
          </Link>
        </p>
      )}
    </section>
  );
}

/** Where the action sits in the plan and who carries it out. */
export function ActionFacts({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('actions');
  const na = <span className="muted">{t('shared.notAvailable')}</span>;
  // Admins only (no other role listed): the form of the action's monitoring data.
  const mayEdit = hasRole(useSession().data);
  return (
    <section className="act-panel" aria-labelledby="act-facts-title">
      <h2 id="act-facts-title" className="h4">
        {t('detail.facts')}
      </h2>
      <dl className="act-facts">
        <div>
          <dt>{t('detail.axis')}</dt>
          <dd>
            <Link to={paths.axis(action.plan, action.axis.code)}>{t('shared.axis', { code: action.axis.code })}</Link> – {action.axis.title}
          </dd>
        </div>
        <div>
          <dt>{t('detail.strategy')}</dt>
          <dd>
            <Link to={paths.strategy(action.plan, action.strategy.code)}>{t('shared.strategy', { code: action.strategy.code })}</Link> –{' '}
            {action.strategy.title}
          </dd>
        </div>
        <div>
          <dt>{t('detail.office')}</dt>
          <dd>{action.office?.name ?? na}</dd>
        </div>
        <div>
          <dt>{t('detail.bodyRole')}</dt>
          <dd>{action.bodyRole ? t(`bodyRole.${action.bodyRole}`) : na}</dd>
        </div>
        <div>
          <dt>{t('detail.zones')}</dt>
          <dd>
            {action.zones.length === 0 ? (
              <span className="muted">{t('detail.noZones')}</span>
            ) : (
              <ul className="act-inline-list">
                {action.zones.map((z) => (
                  <li key={z.code}>{z.name}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('detail.partners')}</dt>
          <dd>
            {action.partners.length === 0 ? (
              <span className="muted">{t('detail.noPartners')}</span>
            ) : (
              <ul className="act-inline-list">
                {action.partners.map((p, i) => (
                  <li key={`${i}-${p.name}`}>{p.role ? t('detail.partnerRole', { name: p.name, role: p.role }) : p.name}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {mayEdit && (
        <p>
          <Link className="btn btn-outline-primary" to={paths.backOffice.actionDetails(action.plan, action.code)}>
            {t('detail.editDetails')}
          </Link>
        </p>
      )}
    </section>
  );
}
