import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/error-boundary';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useDashboard } from '../api/get-dashboard';
import '../i18n';
import { IndicatorCard } from './indicator-card';

/** Level 1 of a strategy (its cruscotto): one compact card per linked context indicator. */
export function StrategyIndicators({ plan, strategy }: { plan: string; strategy: string }) {
  const { t } = useTranslation('dashboard');
  const query = useDashboard(plan, strategy);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { territories, indicators } = query.data;
  if (indicators.length === 0) {
    return (
      <EmptyState title={t('noIndicators')}>
        <p className="mb-0">{t('noIndicatorsHint')}</p>
      </EmptyState>
    );
  }
  const focus = territories.find((x) => x.role === 'focus');
  const others = territories.filter((x) => x.role === 'comparison').map((x) => `, ${x.name}`).join('');
  return (
    <div className="psm-dashboard">
      {focus && <p className="psm-muted small">{t('territories', { focus: focus.name, others })}</p>}
      <div className="row g-4">
        {indicators.map((i) => (
          <div key={i.code} className="col-12 col-md-6 col-xl-4">
            <ErrorBoundary title={i.name}>
              <IndicatorCard indicator={i} plan={plan} focusCode={focus?.code} focusName={focus?.name ?? ''} />
            </ErrorBoundary>
          </div>
        ))}
      </div>
    </div>
  );
}
