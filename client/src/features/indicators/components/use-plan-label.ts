import { useTranslation } from 'react-i18next';
import '../i18n';
import { usePlans } from '../../../lib/api/get-plans';

/** "PSM 2024-2026" for a plan code, from the plan list; the code itself until the list is there. */
export function usePlanLabel(): (code: string) => string {
  const { t } = useTranslation('indicators');
  const plans = usePlans();
  return (code) => {
    const plan = plans.data?.items.find((p) => p.code === code);
    return plan?.periodStart && plan.periodEnd ? t('page.planShort', { start: plan.periodStart, end: plan.periodEnd }) : code;
  };
}
