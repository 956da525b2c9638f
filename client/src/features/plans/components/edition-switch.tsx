import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';

/** A link to every edition of the plan (keeping the language); the one shown is marked as current. */
export function EditionSwitch({ plans, current }: { plans: PlanSummary[]; current: string }) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  if (plans.length < 2) return null;
  const sorted = [...plans].sort((a, b) => (a.periodStart ?? 0) - (b.periodStart ?? 0));
  return (
    <nav className="psm-editions" aria-label={t('plan.editions')}>
      <p className="psm-editions__label" aria-hidden="true">
        {t('plan.editions')}
      </p>
      <ul className="psm-editions__list">
        {sorted.map((p) => {
          const isCurrent = p.code === current;
          const period = p.periodStart && p.periodEnd ? `${p.periodStart}-${p.periodEnd}` : p.title;
          return (
            <li key={p.code}>
              <Link
                to={paths.plan(p.code)}
                className={`btn btn-sm ${isCurrent ? 'btn-primary' : 'btn-outline-primary'}`}
                aria-current={isCurrent ? 'page' : undefined}
              >
                {t('plan.edition', { period })}
                {p.subtitle && <span className="psm-editions__sub">
                    {' · '}
                    <span lang={lang}>{p.subtitle}</span>
                  </span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
