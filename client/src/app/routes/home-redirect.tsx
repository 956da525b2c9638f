import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-states';
import { Navigate } from '../../i18n/link';
import { newestPlan, usePlans } from '../../lib/api/get-plans';
import { paths } from '../../lib/paths';

/** "/" opens the newest plan edition. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const plans = usePlans();
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const newest = newestPlan(plans.data.items);
  if (!newest) return <EmptyState title={t('states.noPlans')} />;
  return <Navigate to={paths.plan(newest)} replace />;
}
