import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { formatDate } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePlanTree } from '../api/get-plan-tree';
import { usePlans } from '../api/get-plans';
import { AxisSection } from './axis-section';
import { EditionSwitch } from './edition-switch';
import { LoadStatus } from './load-status';

/** The plan overview: title, editions, how much is loaded, and axes with strategies and actions. */
export function PlanOverview({ plan }: { plan: string }) {
  const tree = usePlanTree(plan);
  const plans = usePlans();
  useDocumentTitle(tree.data?.plan.title ?? (tree.isError ? strings.states.errorTitle : null));

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;

  const { plan: summary, axes } = tree.data;
  const approved = summary.approvedBy || summary.approvedOn
    ? strings.plan.approved(summary.approvedBy, summary.approvedOn ? formatDate(summary.approvedOn) : null)
    : null;
  return (
    <article className="plan">
      <header className="page-head">
        {summary.territory && <p className="page-head__kicker">{summary.territory.name}</p>}
        <h1>{summary.title}</h1>
        {summary.subtitle && <p className="page-head__subtitle">{summary.subtitle}</p>}
        {approved && <p className="small muted">{approved}</p>}
      </header>
      {plans.data && <EditionSwitch plans={plans.data.items} current={summary.code} />}
      <LoadStatus plan={summary} />
      <h2 className="section-title">{strings.plan.axesHeading}</h2>
      {axes.length === 0 ? (
        <EmptyState title={strings.plan.noStrategiesLoaded} />
      ) : (
        <div className="axes">
          {axes.map((a) => (
            <AxisSection key={a.code} plan={summary.code} axis={a} />
          ))}
        </div>
      )}
    </article>
  );
}
