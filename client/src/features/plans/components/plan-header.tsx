import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@psm/server/contract';
import { formatDate } from '../../../lib/format';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';

/** The plan's title, subtitle and approval, as the plan itself states them. */
export function PlanHeader({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  return (
    <header className="psm-page-head">
      {plan.territory && <p className="psm-kicker">{plan.territory.name}</p>}
      <h1 lang={lang}>{plan.title}</h1>
      {plan.subtitle && (
        <p className="psm-page-head__subtitle" lang={lang}>
          {plan.subtitle}
        </p>
      )}
      {(plan.approvedBy || plan.approvedOn) && (
        <p className="psm-muted mb-0">
          {t('plan.approved')}: {plan.approvedBy && <span lang={lang}>{plan.approvedBy}</span>}
          {plan.approvedBy && plan.approvedOn && ', '}
          {plan.approvedOn && formatDate(plan.approvedOn)}
        </p>
      )}
    </header>
  );
}
