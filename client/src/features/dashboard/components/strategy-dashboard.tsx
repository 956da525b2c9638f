import { useCallback } from 'react';
import { Link } from '../../../i18n/link';
import { ErrorBoundary } from '../../../components/error-boundary';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { formatHost } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDashboard } from '../api/get-dashboard';
import { territoryStyle } from '../utils/territory-style';
import { DashboardSummary } from './dashboard-summary';
import { IndicatorCard } from './indicator-card';

/** The cruscotto of one strategy: one card per linked context indicator. */
export function StrategyDashboard({ plan, strategy }: { plan: string; strategy: string }) {
  const query = useDashboard(plan, strategy);
  const data = query.data;
  useDocumentTitle(
    data ? `${strings.plan.strategy(data.strategy.code)} – ${data.strategy.title}` : query.isError ? strings.states.errorTitle : null,
  );
  // Colours follow the dashboard's territory order, so a territory keeps its colour across cards.
  const styleOf = useCallback(
    (code: string) => territoryStyle(data?.territories.findIndex((t) => t.code === code) ?? 0),
    [data],
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()}>
        <p>
          <Link to={paths.plan(plan)}>{strings.dashboard.backToPlan}</Link>
        </p>
      </ErrorState>
    );
  }

  const dashboard = query.data;
  const focusCode = dashboard.territories.find((t) => t.role === 'focus')?.code;
  const { plan: planRef, axis, strategy: s, indicators } = dashboard;
  return (
    <article className="dashboard">
      <nav aria-label={strings.dashboard.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.plan(planRef.code)}>{planRef.title}</Link>
          </li>
          <li>{strings.plan.axis(axis.code)}</li>
          <li aria-current="page">{strings.plan.strategy(s.code)}</li>
        </ol>
      </nav>
      <header className="page-head">
        <p className="page-head__kicker">
          {strings.plan.axis(axis.code)} · {axis.title}
        </p>
        <h1>
          <span className="code-badge code-badge--large">{s.code}</span> {s.title}
        </h1>
        <p className="page-head__subtitle">{strings.dashboard.title}</p>
        {s.sourceUrl && (
          <p className="small">
            {strings.plan.sourceText}: <a href={s.sourceUrl} rel="noopener noreferrer">{formatHost(s.sourceUrl)}</a>
          </p>
        )}
      </header>
      {indicators.length === 0 ? (
        <EmptyState title={strings.dashboard.noIndicators}>
          <p>{strings.dashboard.noIndicatorsHint}</p>
          <p>
            <Link to={paths.plan(planRef.code)}>{planRef.title}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <DashboardSummary dashboard={dashboard} />
          <div className="indicator-grid">
            {indicators.map((i) => (
              <ErrorBoundary key={i.code} title={i.name}>
                <IndicatorCard indicator={i} focusCode={focusCode} styleOf={styleOf} />
              </ErrorBoundary>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
