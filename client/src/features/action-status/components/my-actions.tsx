import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { FormField } from '../../../components/forms/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useUrlState } from '../../../i18n/url-state';
import { usePlans } from '../../../lib/api/get-plans';
import { formatPeriod } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useManageableActions } from '../api/get-manageable-actions';
import { newestPlan } from '../../../lib/api/get-plans';
import '../i18n';
import { manageableRows } from '../utils/ownership';
import { ActionItem } from './action-item';

/** /gestione/azioni: the actions the user may update, in a plan chosen in the URL (`piano`), optionally only those "da aggiornare". */
export function MyActions() {
  const { t } = useTranslation('actionStatus');
  const session = useSession().data;
  const plans = usePlans();
  const [view, setView] = useUrlState({ piano: '', stato: '' });
  const plan = view.piano || (plans.data ? (newestPlan(plans.data.items) ?? '') : '');
  const table = useManageableActions(plan);
  const admin = session?.user.role === 'admin';

  let body;
  if (plans.isPending || (plan && table.isPending)) body = <LoadingState />;
  else if (plans.isError) body = <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (!plan) body = <EmptyState title={t('states.noPlans', { ns: 'common' })} />;
  else if (table.isError) body = <ErrorState error={table.error} onRetry={() => void table.refetch()} />;
  else if (table.data && session) {
    const { rows } = manageableRows(table.data.items, session);
    const toUpdate = rows.filter((r) => r.toUpdate);
    const overdue = rows.filter((r) => r.overdue).length;
    const shown = view.stato === 'da-aggiornare' ? toUpdate : rows;
    body = (
      <>
        <p className="psm-bo-summary" aria-live="polite">
          {t('list.count', { count: rows.length })} · {t('list.toUpdateCount', { count: toUpdate.length, period: formatPeriod(table.data.currentPeriod) })}
          {overdue > 0 && <> · {t('overdue.count', { ns: 'common', count: overdue })}</>}
        </p>
        {shown.length === 0 ? (
          <EmptyState title={rows.length === 0 ? (admin ? t('list.empty') : t('list.emptyMine')) : t('list.emptyToUpdate')} />
        ) : (
          <ul className="psm-bo-actions" aria-label={t('list.title')}>
            {shown.map((r) => (
              <ActionItem key={r.code} plan={plan} row={r} />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <BackOfficePage title={t('list.title')} lead={admin ? t('list.leadAdmin') : t('list.lead')}>
      <div className="psm-bo-filters">
        {plans.data && plans.data.items.length > 1 && (
          <FormField id="my-actions-plan" label={t('list.plan')}>
            {(control) => (
              <select {...control} className="form-select" value={plan} onChange={(e) => setView({ piano: e.target.value })}>
                {plans.data.items.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <div className="form-check psm-bo-filters__check">
          <input
            id="my-actions-todo"
            type="checkbox"
            checked={view.stato === 'da-aggiornare'}
            onChange={(e) => setView({ stato: e.target.checked ? 'da-aggiornare' : null })}
          />
          <label htmlFor="my-actions-todo">{t('list.onlyToUpdate')}</label>
        </div>
      </div>
      {body}
    </BackOfficePage>
  );
}
