import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { HistoryLink } from '../../../components/back-office/history-link';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { formatDate, formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useReport } from '../api/get-report';
import { useReportDocument } from '../api/get-report-document';
import '../i18n';
import { ReportActions } from './report-actions';
import { ReportEditor } from './report-editor';
import { ReportPreview } from './report-preview';

/** /gestione/rapporti/:id: the composer (details, sections, operations) and the preview below it. */
export function ReportComposer({ id }: { id: number }) {
  const { t } = useTranslation('reports');
  const report = useReport(id);
  const document = useReportDocument(id);
  const [dirty, setDirty] = useState(false);
  const [stale, setStale] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const staleRef = useFocusOn<HTMLDivElement>(stale);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const proposals = useMemo(() => new Map((document.data?.proposals ?? []).map((p) => [p.section, p.text])), [document.data]);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data.report;
  const reload = () =>
    void report.refetch().then(() => {
      setStale(null);
      setReloads((n) => n + 1);
    });
  const preview = () =>
    void document.refetch().then(() => {
      previewRef.current?.focus();
    });

  return (
    <BackOfficePage
      title={r.title}
      crumbs={[{ label: t('editor.crumb'), to: paths.backOffice.reports() }]}
      lead={
        <>
          {t('editor.lead', { plan: r.planTitle, date: formatDate(r.referenceDate), status: t(`status.${r.status}`) })}{' '}
          <HistoryLink type="report" id={r.id} name={r.title} />
        </>
      }
    >
      {r.status === 'final' && <p className="alert alert-info">{t('editor.finalNote', { date: formatDateTime(r.finalisedAt ?? r.updatedAt) })}</p>}
      {stale !== null && (
        <div ref={staleRef} className="alert alert-warning" role="alert" tabIndex={-1}>
          <p>{t('errors.stale', { version: stale })}</p>
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={reload}>
            {t('errors.reload')}
          </button>
        </div>
      )}
      <ReportActions report={r} etag={report.data.etag} dirty={dirty} onPreview={preview} onStale={setStale} />
      <div className="psm-report-layout">
        <ReportEditor key={`${r.status}-${reloads}`} report={r} etag={report.data.etag} proposals={proposals} onDirty={onDirty} onStale={setStale} />
        <section className="psm-report-preview-panel psm-panel" aria-labelledby="report-preview-title">
          <div className="psm-panel__body">
            <h2 id="report-preview-title" className="h4" ref={previewRef} tabIndex={-1}>
              {t('preview.title')}
            </h2>
            {document.isPending ? (
              <LoadingState />
            ) : document.isError ? (
              <ErrorState error={document.error} onRetry={() => void document.refetch()} />
            ) : (
              <ReportPreview document={document.data} />
            )}
          </div>
        </section>
      </div>
    </BackOfficePage>
  );
}
