import { Link } from '../../../i18n/link';
import { strings } from '../../../lib/strings';
import { paths } from '../../../lib/paths';
import type { PlanSummary } from '../types';

/** Links to every edition of the plan; the one shown is marked for assistive technology too. */
export function EditionSwitch({ plans, current }: { plans: PlanSummary[]; current: string }) {
  if (plans.length < 2) return null;
  return (
    <nav className="edition-switch" aria-label={strings.plan.editions}>
      <h2 className="edition-switch__label">{strings.plan.editions}</h2>
      <ul className="edition-switch__list">
        {plans.map((p) => {
          const isCurrent = p.code === current;
          const period = p.periodStart && p.periodEnd ? `${p.periodStart}-${p.periodEnd}` : p.title;
          return (
            <li key={p.code}>
              <Link
                to={paths.plan(p.code)}
                className={`chip${isCurrent ? ' chip--active' : ''}`}
                aria-current={isCurrent ? 'page' : undefined}
                title={p.title}
              >
                PSM {period}
                {p.subtitle ? <span className="chip__sub"> · {p.subtitle}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
