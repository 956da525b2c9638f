import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { IndicatorDetail } from '@psm/server/contract';
import { EmbedSourceLines } from '../../../components/share/embed-source-lines';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useIndicator } from '../../../lib/api/get-indicator';
import { usePlans } from '../../../lib/api/get-plans';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../i18n';
import { ChartFigure } from './chart-figure';
import { useSourceLine } from './indicator-sources';
import { IndicatorTable } from './indicator-table';
import { useIndicatorName } from './use-indicator-name';
import { focusTerritory, latestLoad, useSeriesView } from './use-series-view';

/** The embeddable indicator (/embed/indicatori/:code): title, chart, table and sources, for the view in the query. */
export function IndicatorEmbed({ code }: { code: string }) {
  const { t } = useTranslation('indicators');
  const detail = useIndicator(code);
  const plans = usePlans();
  const [params] = useSearchParams();
  const nameOf = useIndicatorName();
  useDocumentTitle(detail.data ? nameOf(detail.data).text : t('page.indicators'));
  if (detail.isPending || plans.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const focus = focusTerritory(detail.data, plans.data?.items ?? [], params.get('piano') ?? '');
  return <EmbeddedView indicator={detail.data} focusCode={focus} territori={params.get('territori') ?? ''} search={params} />;
}

function EmbeddedView({ indicator, focusCode, territori, search }: { indicator: IndicatorDetail; focusCode: string | undefined; territori: string; search: URLSearchParams }) {
  const { t } = useTranslation('indicators');
  const name = useIndicatorName()(indicator);
  const sourceLine = useSourceLine();
  const { styleOf, observations, series } = useSeriesView(indicator, focusCode, territori);
  const latest = latestLoad(indicator);
  const query = search.toString();

  return (
    <article className="ind-embed">
      {series.length > 0 && observations.isSuccess && series.some((s) => s.points.length > 0) ? (
        // The chart's title is the page's heading.
        <>
          <ChartFigure indicator={indicator} series={series} styleOf={styleOf} focusCode={focusCode} titleAs="h1" downloads={false} />
          <IndicatorTable indicator={indicator} series={series} />
        </>
      ) : (
        <>
          <h1 lang={name.lang}>{name.text}</h1>
          {series.length === 0 ? (
            <p className="ind-empty">{t('territories.none')}</p>
          ) : observations.isError ? (
            <ErrorState error={observations.error} onRetry={() => void observations.refetch()} />
          ) : observations.isPending ? (
            <LoadingState />
          ) : (
            <p className="ind-empty">{t('chart.empty')}</p>
          )}
        </>
      )}
      <EmbedSourceLines
        source={sourceLine(indicator)}
        version={latest ? { kind: 'date', value: latest } : null}
        licence={indicator.licence}
        href={`${paths.indicator(indicator.code)}${query ? `?${query}` : ''}`}
      />
    </article>
  );
}
