import { useTranslation } from 'react-i18next';
import { usePlans } from '../../../lib/api/get-plans';
import { useSession } from '../../../lib/session';
import { useManageableActions } from '../api/get-manageable-actions';
import { newestPlan } from '../../../lib/api/get-plans';
import '../i18n';
import { manageableRows } from '../utils/ownership';

/** For the back-office home: how many of the user's actions in the newest plan are "da aggiornare". Nothing while loading or on error. */
export function ToUpdateCount() {
  const { t } = useTranslation('actionStatus');
  const session = useSession().data;
  const plans = usePlans();
  const plan = plans.data ? (newestPlan(plans.data.items) ?? '') : '';
  const table = useManageableActions(plan);
  if (!session || !table.data || !plans.data) return null;
  const { rows } = manageableRows(table.data.items, session);
  const toUpdate = rows.filter((r) => r.toUpdate).length;
  const title = plans.data.items.find((p) => p.code === plan)?.title ?? plan;
  return (
    <p className="psm-bo-count">
      <strong>{t('list.homeCount', { count: toUpdate })}</strong> <span className="muted">{t('list.homeCountOf', { total: rows.length, plan: title })}</span>
    </p>
  );
}
