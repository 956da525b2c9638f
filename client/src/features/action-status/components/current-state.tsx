import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '@psm/server/contract';
import { StatusBadge } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { formatDateTime, formatPercent, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import '../i18n';

/** Where the action stands now (the version the update will be checked against). Focusable, so a reload after a conflict can lead the reader here. */
export const CurrentState = forwardRef<HTMLElement, { action: ActionDetail; highlight?: boolean }>(function CurrentState({ action, highlight }, ref) {
  const { t } = useTranslation('actionStatus');
  const none = <span className="muted">{t('list.none')}</span>;
  return (
    <section ref={ref} tabIndex={-1} className={`psm-bo-current psm-panel${highlight ? ' psm-bo-current--fresh' : ''}`} aria-labelledby="current-state-title">
      <div className="psm-panel__body">
        <h2 id="current-state-title" className="h4">
          {t('form.current')} <span className="psm-bo-current__version">· {t('form.version', { version: action.version })}</span>
        </h2>
        <dl className="psm-bo-action__facts psm-bo-action__facts--wide">
          <div>
            <dt>{t('list.status')}</dt>
            <dd>
              <StatusBadge status={action.status} noUpdateLabel={t('status.noUpdate')} />
            </dd>
          </div>
          <div>
            <dt>{t('list.progress')}</dt>
            <dd>{action.progress == null ? none : formatPercent(action.progress, 0)}</dd>
          </div>
          <div>
            <dt>{t('list.lastPeriod')}</dt>
            <dd>{action.lastPeriod ? formatPeriod(action.lastPeriod) : none}</dd>
          </div>
          <div>
            <dt>{t('list.office')}</dt>
            <dd>{action.office ? action.office.name : <span className="muted">{t('list.noOffice')}</span>}</dd>
          </div>
        </dl>
        <p className="small mb-1">
          {action.updatedAt ? t('form.updatedAt', { date: formatDateTime(action.updatedAt) }) : t('form.neverUpdated')}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">. </span>
          {t('form.currentPeriod', { period: formatPeriod(action.currentPeriod) })}
          {action.toUpdate && <span className="psm-flag psm-flag--todo ms-2">{t('list.toUpdate')}</span>}
        </p>
        <p className="small mb-0">
          <Link to={paths.action(action.plan, action.code)}>{t('form.publicPage')}</Link>
        </p>
      </div>
    </section>
  );
});
