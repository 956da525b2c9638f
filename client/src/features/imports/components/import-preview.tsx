import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchDetail, ImportReport } from '@psm/server/contract';
import '../i18n';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCommitImport } from '../api/commit-import';
import { canCommit } from '../utils/job-state';
import { splitIssues } from '../utils/report-issues';
import { ImportCounts } from './import-counts';
import { ImportIssues } from './import-issues';
import { UnknownCodes } from './unknown-codes';

/** Steps 2 and 3: what the preview found; the commit button only for a clean preview. */
export function ImportPreview({ batch, report }: { batch: ImportBatchDetail; report: ImportReport }) {
  const { t } = useTranslation('imports');
  const commit = useCommitImport(batch.id);
  const errorRef = useRef<HTMLDivElement>(null);
  const { unknownCodes, rows } = splitIssues(report.errors);
  const invalid = batch.status === 'invalid' || report.status === 'invalid';
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" className="h4">
        {t('preview.heading')}
      </h2>
      <p>{t('preview.intro')}</p>
      {invalid && (
        <div className="alert alert-danger" role="alert">
          <h3 className="h5">{t('preview.invalidTitle')}</h3>
          <p className="mb-0">{t('preview.invalidText')}</p>
        </div>
      )}
      {report.alreadyImported && (
        <div className="alert alert-info">
          <h3 className="h5">{t('preview.alreadyTitle')}</h3>
          <p>
            {t('preview.alreadyText', { id: report.alreadyImported.batchId, date: formatDateTime(report.alreadyImported.committedAt) })}
          </p>
          <p className="mb-0">
            <Link to={paths.backOffice.importJob(report.alreadyImported.batchId)}>
              {t('preview.openBatch', { id: report.alreadyImported.batchId })}
            </Link>
          </p>
        </div>
      )}
      {/* Nothing was read for a file imported before: no counts to show. */}
      {!report.alreadyImported && <ImportCounts report={report} />}
      {unknownCodes.length > 0 && <UnknownCodes codes={unknownCodes} />}
      {rows.length > 0 && <ImportIssues issues={rows} total={report.counts.errors} truncated={report.errorsTruncated} />}
      {canCommit(batch) && (
        <div className="callout success import-commit">
          <div className="callout-title">{t('preview.clean')}</div>
          <p>{t('preview.commitHelp')}</p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={commit.isPending}
            onClick={() => commit.mutate(undefined, { onError: () => requestAnimationFrame(() => errorRef.current?.focus()) })}
          >
            {t('preview.commit')}
          </button>
        </div>
      )}
      {commit.isError && (
        <div ref={errorRef} tabIndex={-1} className="alert alert-danger" role="alert">
          <h3 className="h5">{t('preview.commitRefused')}</h3>
          <p className="mb-0">
            {commit.error instanceof ApiError ? commit.error.detail || commit.error.title : String(commit.error)}
            {commit.error instanceof ApiError && commit.error.status > 0 && ` (HTTP ${commit.error.status})`}
          </p>
        </div>
      )}
    </section>
  );
}
