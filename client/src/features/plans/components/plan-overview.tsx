import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { usePlans } from '../../../lib/api/get-plans';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDataLang } from '../../../lib/use-data-lang';
import { usePlanLevels } from '../hooks/use-plan-levels';
import { ProgressSummary } from '../../../components/progress-summary';
import { usePlanProgress } from '../../../lib/api/get-plan-progress';
import '../i18n';
import { AxisCard } from './axis-card';
import { EditionSwitch } from './edition-switch';
import { LevelsError } from './levels-error';
import { LoadStatus } from './load-status';
import { PlanHeader } from './plan-header';

/** The plan at a glance: editions, how much is loaded, and each axis with both monitoring levels in brief. */
export function PlanOverview({ plan }: { plan: string }) {
  const { t } = useTranslation('plans');
  const tree = usePlanTree(plan);
  const plans = usePlans();
  const levels = usePlanLevels(plan);
  const progress = usePlanProgress(plan);
  const lang = useDataLang();
  useDocumentTitle(tree.data?.plan.title ?? (tree.isError ? t('states.errorTitle', { ns: 'common' }) : null));

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;

  const { plan: summary, axes } = tree.data;
  const territory = levels.context?.territory ?? summary.territory;
  return (
    <article className="psm-plan">
      <PageBreadcrumb items={[{ label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() }, { label: summary.title, lang }]} />
      <PlanHeader plan={summary} />
      {plans.data && <EditionSwitch plans={plans.data.items} current={summary.code} />}
      <nav className="psm-explore" aria-label={t('plan.explore')}>
        <ul>
          <li>
            <Link to={paths.monitoring(summary.code)}>{t('plan.monitoringLink')}</Link>
          </li>
          <li>
            <Link to={paths.actions(summary.code)}>{t('plan.actionsLink')}</Link>
          </li>
          <li>
            <Link to={paths.indicators()}>{t('plan.indicatorsLink')}</Link>
          </li>
        </ul>
      </nav>
      <LoadStatus plan={summary} />
      <h2 className="psm-section-title">{t('axes.heading')}</h2>
      <p className="psm-lead-note">{territory ? t('axes.focus', { territory: territory.name }) : t('axes.noFocus')}</p>
      <ProgressSummary counts={progress.data?.plan.counts} />
      <LevelsError levels={levels} />
      {axes.length === 0 ? (
        <EmptyState title={t('axes.empty')} />
      ) : (
        <div className="row g-4 psm-axis-grid">
          {axes.map((a) => (
            <div key={a.code} className="col-12 col-lg-6">
              <AxisCard plan={summary.code} axis={a} levels={levels} />
            </div>
          ))}
        </div>
      )}
    </article>
  );
}
