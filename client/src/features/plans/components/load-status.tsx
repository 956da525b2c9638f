import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@psm/server/contract';
import { formatHost, formatPercent } from '../../../lib/format';
import '../i18n';

type Counted = PlanSummary['counts']['strategies'];

function Meter({ label, counted }: { label: string; counted: Counted }) {
  const { t } = useTranslation('plans');
  if (counted.declared == null || counted.declared === 0) return null;
  const share = Math.min(100, (counted.loaded / counted.declared) * 100);
  return (
    <div className="psm-meter">
      <p className="psm-meter__label">
        <span>{label}</span>
        <span>{t('load.meterValue', { loaded: counted.loaded, declared: counted.declared, percent: formatPercent(share, 0) })}</span>
      </p>
      <div className="progress" aria-hidden="true">
        <div className="progress-bar" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

const missing = (c: Counted) => (c.declared != null ? Math.max(0, c.declared - c.loaded) : 0);

/** How much of the plan's text is loaded, against the totals the plan itself declares, and where those come from. */
export function LoadStatus({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('plans');
  const { strategies, actions } = plan.counts;
  const counted = (c: Counted, key: 'strategies' | 'actions') =>
    c.declared != null ? t(`load.${key}`, { loaded: c.loaded, count: c.declared }) : t(`load.${key}Loaded`, { count: c.loaded });
  const gaps = [
    missing(strategies) > 0 ? t('load.missingStrategies', { count: missing(strategies) }) : null,
    missing(actions) > 0 ? t('load.missingActions', { count: missing(actions) }) : null,
  ].filter(Boolean);
  const sources = plan.declaredCountsSource?.split(/\s;\s/).filter(Boolean) ?? [];
  return (
    <section className="card card-bg no-after psm-card psm-load" aria-labelledby="load-status-heading">
      <div className="card-body">
        <h2 id="load-status-heading" className="psm-level__title">
          {t('load.heading')}
        </h2>
        <p className="psm-load__lead">
          {counted(strategies, 'strategies')} · {counted(actions, 'actions')}
        </p>
        <div className="psm-meters">
          <Meter label={t('load.meterStrategies')} counted={strategies} />
          <Meter label={t('load.meterActions')} counted={actions} />
        </div>
        {gaps.length > 0 && (
          <p className="small">
            {gaps.join('; ')}. {t('load.missingNote')}
          </p>
        )}
        {sources.length > 0 && (
          <p className="small mb-0">
            {t('load.countsSource')}:{' '}
            {sources.map((url, i) => (
              <span key={url}>
                {i > 0 && ' · '}
                <a href={url} rel="noopener noreferrer">
                  {formatHost(url)}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
    </section>
  );
}
