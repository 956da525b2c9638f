import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { formatHost, formatPeriod } from '../../../lib/format';
import { useDataLang } from '../../../lib/use-data-lang';
import { PROGRESS_METHOD_PATH, progressSentence } from '../../../lib/progress';
import { ProgressBadge } from '../../../components/progress-badge';
import { Link } from '../../../i18n/link';
import '../i18n';
import { usePlanLabel } from './use-plan-label';
import { useValueText } from './use-value-text';

/** Every target of the indicator under the chart, each with who set it and where it is published. */
export function TargetList({ indicator, drawn, headingAs: Heading = 'h3' }: { indicator: IndicatorDetail; drawn: ReadonlySet<string>; headingAs?: 'h2' | 'h3' }) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const text = useValueText(indicator);
  const planLabel = usePlanLabel();
  const headingId = useId();
  // Target descriptions are the documents' own words, in Italian.
  const dataLang = useDataLang();
  return (
    <section className="ind-targets" aria-labelledby={headingId}>
      <Heading id={headingId} className="h5">
        {t('chart.targetsHeading')}
      </Heading>
      {indicator.targets.length === 0 ? (
        <p>{t('chart.noTargets')}</p>
      ) : (
        <ul>
          {indicator.targets.map((g) => (
            <li key={g.id}>
              <strong>
                {t('chart.targetItem', { territory: g.territory.name, period: formatPeriod(g.period), value: text.value(g.value) })}
              </strong>
              {', '}
              {g.plan ? t('chart.targetPlan', { plan: planLabel(g.plan) }) : t('chart.targetOther')}
              {!drawn.has(g.territory.code) && ` (${t('chart.targetHidden')})`}
              {g.description && (
                <>
                  {'. '}
                  <span lang={dataLang}>{g.description}</span>
                </>
              )}
              {'. '}
              <a href={g.sourceUrl} rel="noopener noreferrer">
                {t('chart.targetSource')}: {formatHost(g.sourceUrl)}
              </a>
              <p className="ind-targets__progress">
                <ProgressBadge status={g.progress.status} /> {progressSentence(tc, g.progress, indicator)}{' '}
                <Link to={PROGRESS_METHOD_PATH}>{tc('progress.method')}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
