import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, PlanSummary } from '@psm/server/contract';
import { PageBreadcrumb, type Crumb } from '../../../components/page-breadcrumb';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { EmbedSourceLines } from '../../../components/share/embed-source-lines';
import { ShareButton } from '../../../components/share/share-dialog';
import { joinList, useUrlState } from '../../../i18n/url-state';
import { usePlans } from '../../../lib/api/get-plans';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIndicator } from '../../../lib/api/get-indicator';
import { useRevisions } from '../api/get-revisions';
import '../i18n';
import { defaultSelection, offeredTerritories } from '../utils/territory-options';
import { ChartFigure } from './chart-figure';
import { DownloadGroup } from './download-group';
import { IndicatorHeader } from './indicator-header';
import { IndicatorSources } from './indicator-sources';
import { IndicatorTable } from './indicator-table';
import { IndicatorTabs, type TabSpec } from './indicator-tabs';
import { LatestSummary } from './latest-summary';
import { RevisionNotice } from './revision-notice';
import { TerritoryToggle } from './territory-toggle';
import { useIndicatorName } from './use-indicator-name';
import { focusTerritory, latestLoad, useSeriesView } from './use-series-view';
import { useSourceLine } from './indicator-sources';

const TABS = ['grafico', 'tabella', 'fonti'] as const;
type TabId = (typeof TABS)[number];

function useCrumbs(indicator: IndicatorDetail | undefined, plans: PlanSummary[], plan: string): Crumb[] {
  const { t } = useTranslation('indicators');
  const nameOf = useIndicatorName();
  const home = { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() };
  const name = indicator ? nameOf(indicator) : null;
  const here: Crumb[] = name ? [{ label: name.text, lang: name.lang }] : [];
  // In a plan's context the indicator sits under the strategy it measures.
  const link = plan ? indicator?.strategies.find((s) => s.plan === plan) : undefined;
  if (link) {
    const summary = plans.find((p) => p.code === plan);
    return [
      home,
      { label: summary?.title ?? plan, to: paths.plan(plan) },
      { label: t('page.strategy', { code: link.strategy }), to: paths.strategy(plan, link.strategy) },
      ...here,
    ];
  }
  return [home, { label: t('page.indicators'), to: paths.indicators() }, ...here];
}

/** The public page of one indicator: latest values, territories to compare, chart, table and sources. */
export function IndicatorDetailPage({ code }: { code: string }) {
  const { t } = useTranslation('indicators');
  const detail = useIndicator(code);
  const plans = usePlans();
  const [{ piano }] = useUrlState({ piano: '' });
  const nameOf = useIndicatorName();
  const crumbs = useCrumbs(detail.data, plans.data?.items ?? [], piano);
  useDocumentTitle(detail.data ? nameOf(detail.data).text : t('page.indicators'));

  return (
    <article className="ind-page">
      <PageBreadcrumb items={crumbs} />
      {detail.isPending ? (
        <LoadingState />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <IndicatorView indicator={detail.data} focusCode={focusTerritory(detail.data, plans.data?.items ?? [], piano)} plan={piano} />
      )}
    </article>
  );
}

function IndicatorView({ indicator, focusCode, plan }: { indicator: IndicatorDetail; focusCode: string | undefined; plan: string }) {
  const { t } = useTranslation('indicators');
  const nameOf = useIndicatorName();
  // The defaults stay out of the URL: `territori` is written only when the reader changes them.
  const initial = joinList(defaultSelection(offeredTerritories(indicator.coverage, focusCode), focusCode));
  const [state, setState] = useUrlState({ tab: 'grafico', territori: initial });
  const { offered, selected, styleOf, observations, series } = useSeriesView(indicator, focusCode, state.territori);
  const tab: TabId = (TABS as readonly string[]).includes(state.tab) ? (state.tab as TabId) : 'grafico';
  const latest = latestLoad(indicator);
  const sourceLine = useSourceLine();
  // Without an answer (still loading, or failed) the page shows its values unmarked, as before revisions existed.
  const revisions = useRevisions(indicator.code, selected).data?.items ?? [];
  const selectedTerritories = series.map((s) => s.territory);

  const needsData = (panel: () => ReactNode) => () => {
    if (selected.length === 0) return <p className="ind-empty">{t('territories.none')}</p>;
    if (observations.isPending) return <LoadingState />;
    if (observations.isError) return <ErrorState error={observations.error} onRetry={() => void observations.refetch()} />;
    return panel();
  };
  const tabs: TabSpec<TabId>[] = [
    {
      id: 'grafico',
      label: t('tabs.chart'),
      panel: needsData(() => <ChartFigure indicator={indicator} series={series} styleOf={styleOf} focusCode={focusCode} plan={plan} />),
    },
    { id: 'tabella', label: t('tabs.table'), panel: needsData(() => <IndicatorTable indicator={indicator} series={series} revisions={revisions} />) },
    { id: 'fonti', label: t('tabs.sources'), panel: () => <IndicatorSources indicator={indicator} /> },
  ];

  return (
    <>
      <IndicatorHeader indicator={indicator} />
      <div className="ind-share">
        <ShareButton kind="indicator" code={indicator.code} title={nameOf(indicator).text} version={latest ? { kind: 'date', value: latest } : null} />
      </div>
      {offered.length === 0 ? (
        <p className="ind-empty">{t('territories.none')}</p>
      ) : (
        <>
          {observations.isSuccess && (
            <LatestSummary
              indicator={indicator}
              series={series}
              loading={observations.isPlaceholderData ? series.filter((s) => s.points.length === 0).map((s) => s.territory.code) : []}
            />
          )}
          {observations.isSuccess && <RevisionNotice indicator={indicator} revisions={revisions} />}
          <div className="ind-controls">
            <TerritoryToggle offered={offered} selected={selected} styleOf={styleOf} onChange={(codes) => setState({ territori: joinList(codes) })} />
            <DownloadGroup indicator={indicator.code} territories={selectedTerritories} />
          </div>
        </>
      )}
      <div aria-busy={observations.isFetching}>
        <IndicatorTabs label={t('tabs.label')} tabs={tabs} active={tab} onSelect={(id) => setState({ tab: id })} />
      </div>
      {/* On paper the sources tab is out of reach: the source lines go under the chart or table. */}
      {tab !== 'fonti' && (
        <div className="psm-print-only">
          <EmbedSourceLines source={sourceLine(indicator)} version={latest ? { kind: 'date', value: latest } : null} licence={indicator.licence} />
        </div>
      )}
    </>
  );
}
