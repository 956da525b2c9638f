import { useTranslation } from 'react-i18next';
import type { StrategyLink } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { DemoBadge } from './demo-badge';
import { usePlanLabel } from './use-plan-label';

type Props = { links: StrategyLink[]; explain?: boolean; compact?: boolean };

/**
 * The strategies an indicator measures, each linked to its page, with the demonstration badge where
 * the link is our own judgement; `explain` adds the explanation once under the list, and the reason
 * given for links the plan itself makes.
 */
export function StrategyLinks({ links, explain = false, compact = false }: Props) {
  const { t } = useTranslation('indicators');
  const planLabel = usePlanLabel();
  // Strategy titles and rationales are the plan's own Italian words.
  const dataLang = useDataLang();
  const anyDemo = links.some((l) => l.demonstration);
  return (
    <>
      <ul className={`ind-strategies${compact ? ' ind-strategies--compact' : ''}`}>
        {links.map((l) => (
          <li key={`${l.plan}-${l.strategy}`}>
            <Link to={paths.strategy(l.plan, l.strategy)}>
              {planLabel(l.plan)} · {t('page.strategy', { code: l.strategy })}
              {/* The catalogue names the strategy by code only: its titles would take over the list. */}
              {!compact && (
                <>
                  {' – '}
                  <span lang={dataLang}>{l.title}</span>
                </>
              )}
            </Link>
            {l.demonstration && (
              <>
                {' '}
                <DemoBadge />
              </>
            )}
            {explain && !l.demonstration && l.rationale && (
              <p className="ind-strategies__rationale">
                {t('sources.rationale')}: <span lang={dataLang}>{l.rationale}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
      {explain && anyDemo && (
        <p className="ind-demo-note">
          <DemoBadge explain />
        </p>
      )}
    </>
  );
}
