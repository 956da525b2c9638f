import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useLanguage } from '../../../i18n/language';
import { useUrlState } from '../../../i18n/url-state';
import { usePlans } from '../../../lib/api/get-plans';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/coherence.css';
import { coherenceDownloadUrl, useCoherence, useToolChoices } from '../api/get-coherence';
import '../i18n';
import { unservedByTool } from '../utils/matrix-rows';
import { CoherenceMatrixTable } from './coherence-matrix';

const FILTERS = { asse: '', strumento: '' };

/** /piani/:plan/coerenza: the matrix actions × planning tools, the gaps both ways, filters in the URL, downloads. */
export function CoherenceView({ plan }: { plan: string }) {
  const { t } = useTranslation('coherence');
  const lang = useLanguage();
  const dataLang = useDataLang();
  const summary = usePlans().data?.items.find((p) => p.code === plan);
  const [filters, setFilters] = useUrlState(FILTERS);
  const query = useCoherence(plan, filters);
  const tools = useToolChoices();
  const axisId = useId();
  const toolId = useId();
  useDocumentTitle(summary ? `${t('title')} – ${summary.title}` : t('title'));
  const m = query.data;
  const allTools = tools.data?.items ?? [];

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (!m!.tools.length && !filters.strumento)
    body = (
      <EmptyState title={t('noTools')}>
        <p>{t('noToolsHint')}</p>
      </EmptyState>
    );
  else {
    const matrix = m!;
    const unserved = unservedByTool(matrix);
    const actions = matrix.counts.actions;
    body = (
      <>
        <section className="act-filters-box" aria-labelledby="coh-filters-title">
          <h2 id="coh-filters-title" className="h5">
            {t('filters')}
          </h2>
          <div className="coh-filters">
            <div className="select-wrapper">
              <label htmlFor={axisId}>{t('axis')}</label>
              <select id={axisId} value={filters.asse} onChange={(e) => setFilters({ asse: e.target.value })}>
                <option value="">{t('allAxes')}</option>
                {matrix.allAxes.map((a) => (
                  <option key={a.code} value={a.code}>
                    {t('axisOption', { code: a.code, title: a.title })}
                  </option>
                ))}
              </select>
            </div>
            <div className="select-wrapper">
              <label htmlFor={toolId}>{t('tool')}</label>
              <select id={toolId} value={filters.strumento} onChange={(e) => setFilters({ strumento: e.target.value })}>
                <option value="">{t('allTools')}</option>
                {allTools.map((tool) => (
                  <option key={tool.code} value={tool.code}>
                    {tool.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={!filters.asse && !filters.strumento} onClick={() => setFilters({ asse: null, strumento: null })}>
              {t('reset')}
            </button>
          </div>
        </section>
        <p role="status" aria-live="polite">
          {t('summary', {
            actions,
            unlinked: matrix.counts.actionsWithoutObjective,
            objectives: matrix.counts.objectives,
            unserved: matrix.counts.objectivesWithoutAction,
          })}
        </p>

        <section aria-labelledby="coh-matrix-title">
          <h2 id="coh-matrix-title" className="h4">
            {t('matrix')}
          </h2>
          {actions === 0 ? <p className="muted">{t('noActions')}</p> : <CoherenceMatrixTable plan={plan} matrix={matrix} />}
        </section>

        <section className="coh-unserved" aria-labelledby="coh-unserved-title">
          <h2 id="coh-unserved-title" className="h4">
            {t('unserved')}
          </h2>
          {unserved.length === 0 ? (
            <p className="muted">{t('allServed')}</p>
          ) : (
            <>
              <p className="small muted">{t('unservedIntro')}</p>
              {unserved.map((g) => (
                <div key={g.tool.code}>
                  <h3 className="h6" lang={dataLang}>
                    {g.tool.name}
                  </h3>
                  <ul>
                    {g.objectives.map((o) => (
                      <li key={o.code}>
                        <span className="coh-code">{o.code}</span> <span lang={dataLang}>{o.title}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
        </section>

        <section className="act-downloads" aria-labelledby="coh-downloads-title">
          <h2 id="coh-downloads-title" className="h5">
            {t('downloads')}
          </h2>
          <p className="small muted">{t('downloadsNote')}</p>
          <ul className="act-downloads__list">
            <li>
              <a href={coherenceDownloadUrl(plan, 'csv', filters, lang)} download>
                {t('csv')}
              </a>
            </li>
            <li>
              <a href={coherenceDownloadUrl(plan, 'xlsx', filters, lang)} download>
                {t('xlsx')}
              </a>
            </li>
          </ul>
        </section>
      </>
    );
  }

  return (
    <article className="coh-page">
      <PageBreadcrumb
        items={[
          { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
          { label: summary?.title ?? plan, to: paths.plan(plan) },
          { label: t('crumb') },
        ]}
      />
      <header className="page-head">
        <h1>{t('title')}</h1>
        <p className="page-head__subtitle">{summary?.title ?? plan}</p>
        <p>{t('lead')}</p>
      </header>
      {body}
    </article>
  );
}
