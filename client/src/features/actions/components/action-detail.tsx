import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/error-boundary';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import type { StatusLike } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { useActionStatuses } from '../../../lib/api/get-action-statuses';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/actions.css';
import { useAction } from '../api/get-action';
import { usePlanSummary } from '../hooks/use-plan-summary';
import '../i18n';
import { ActionDates, ActionMilestones } from './action-dates';
import { ActionCurrentStatus, ActionFacts } from './action-facts';
import { ActionFundings } from './action-fundings';
import { ActionObjectives } from './action-objectives';
import { StatusTimeline } from './status-timeline';

/** /piani/:plan/azioni/:code: one action's status, history, dates, milestones and fundings. */
export function ActionDetailView({ plan, code }: { plan: string; code: string }) {
  const { t } = useTranslation('actions');
  const query = useAction(plan, code);
  const statuses = useActionStatuses();
  const summary = usePlanSummary(plan);
  const action = query.data;
  useDocumentTitle(action ? `${t('shared.action', { code: action.code })} – ${action.title}` : t('shared.action', { code }));
  const statusByCode = useMemo(() => new Map<string, StatusLike>((statuses.data?.items ?? []).map((s) => [s.code, s])), [statuses.data]);

  const planCrumbs = [
    { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
    { label: summary?.title ?? plan, to: paths.plan(plan) },
  ];
  if (!action) {
    return (
      <article className="act-detail">
        <PageBreadcrumb items={[...planCrumbs, { label: t('shared.actions'), to: paths.actions(plan) }, { label: t('shared.action', { code }) }]} />
        <h1>{t('shared.action', { code })}</h1>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()}>
            <p>
              <Link to={paths.actions(plan)}>{t('explorer.title')}</Link>
            </p>
          </ErrorState>
        ) : (
          <LoadingState />
        )}
      </article>
    );
  }

  return (
    <article className="act-detail">
      <PageBreadcrumb
        items={[
          ...planCrumbs,
          { label: t('shared.axis', { code: action.axis.code }), to: paths.axis(plan, action.axis.code) },
          { label: t('shared.strategy', { code: action.strategy.code }), to: paths.strategy(plan, action.strategy.code) },
          { label: t('shared.action', { code: action.code }) },
        ]}
      />
      <header className="page-head">
        <p className="page-head__kicker">{t('shared.action', { code: action.code })}</p>
        <h1 className="act-detail__title">{action.title}</h1>
        {action.description && <p className="page-head__subtitle">{action.description}</p>}
      </header>

      <div className="act-detail__top">
        <ActionCurrentStatus action={action} />
        <ActionFacts action={action} />
      </div>

      <ErrorBoundary title={t('detail.history')}>
        <section className="act-section" aria-labelledby="act-history-title">
          <h2 id="act-history-title">{t('detail.history')}</h2>
          {action.history.length === 0 ? (
            <EmptyState title={t('detail.neverReported')}>
              <p>{t('detail.neverReportedHint')}</p>
            </EmptyState>
          ) : (
            <>
              <p className="small muted">{t('detail.historyIntro')}</p>
              <StatusTimeline history={action.history} statusByCode={statusByCode} />
            </>
          )}
        </section>
      </ErrorBoundary>

      <section className="act-section" aria-labelledby="act-dates-title">
        <h2 id="act-dates-title">{t('detail.dates')}</h2>
        <ActionDates action={action} />
      </section>

      <section className="act-section" aria-labelledby="act-milestones-title">
        <h2 id="act-milestones-title">{t('detail.milestones')}</h2>
        <ActionMilestones milestones={action.milestones} overdue={action.overdue} />
      </section>

      <section className="act-section" aria-labelledby="act-fundings-title">
        <h2 id="act-fundings-title">{t('detail.fundings')}</h2>
        <ActionFundings fundings={action.fundings} />
      </section>

      <ActionObjectives plan={plan} code={action.code} objectives={action.objectives} />

      <p className="act-section">
        <Link to={paths.actions(plan)}>{t('detail.allActions')}</Link>
      </p>
    </article>
  );
}
