import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import '../../../styles/backoffice-data.css';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { countText } from '../../../lib/count-text';
import { paths } from '../../../lib/paths';
import { queryKeys } from '../../../lib/query-keys';
import { useImport } from '../api/get-import';
import { messageText } from '../utils/issue-text';
import { isRunning, stepOf } from '../utils/job-state';
import { ImportDone } from './import-done';
import { ImportPreview } from './import-preview';
import { ImportStatus } from './import-status';
import { ImportSteps } from './import-steps';
import { JobDetails } from './job-details';
import { JobProgress } from './job-progress';

/** /gestione/importazioni/:id: one import, from its preview to its commit (or rollback); a link reopens it. */
export function ImportJob({ id }: { id: number }) {
  const { t } = useTranslation('imports');
  const queryClient = useQueryClient();
  const query = useImport(id);
  const status = query.data?.status;

  // Once a commit lands, every indicator read before may be stale (new values, new indicators).
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current && previous.current !== status && status === 'committed') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.list() });
    }
    previous.current = status;
  }, [status, queryClient]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()}>
          <p>
            <Link to={paths.backOffice.imports()}>{t('page.backToList')}</Link>
          </p>
        </ErrorState>
    );
  }

  const batch = query.data;
  const report = batch.report;
  const done = batch.status === 'committed' || batch.status === 'rolled_back';
  return (
    <div className="bod import-job">
      <p className="import-job__file">
        <span className="bod-break">{batch.file.name}</span> <ImportStatus status={batch.status} />
      </p>
      <ImportSteps current={stepOf(batch)} />
      {isRunning(batch.status) && <JobProgress batch={batch} />}
      {query.isRefetchError && (
        <p className="alert alert-warning" role="alert">
          {t('job.polling')}
        </p>
      )}
      {batch.status === 'failed' && (
        <div className="alert alert-danger" role="alert">
          <h2 className="h5">{t('job.failedTitle')}</h2>
          {batch.error && <p>{messageText({ message: batch.error, code: batch.errorCode, params: batch.errorParams })}</p>}
          <p className="mb-0">{t('job.failedText')}</p>
        </div>
      )}
      {batch.status === 'failed' ? (
        // The preview's counts are what would have been written: a failed batch wrote none of them.
        report && <p>{t('job.failedCounts', { inserted: countText('toInsert', report.counts.inserted), updated: countText('toUpdate', report.counts.updated) })}</p>
      ) : done ? (
        <ImportDone batch={batch} />
      ) : (
        report && <ImportPreview batch={batch} report={report} />
      )}
      <JobDetails batch={batch} />
      <p className="bod-actions">
        <Link to={paths.backOffice.imports()} className="btn btn-outline-primary">
          {t('page.newImport')}
        </Link>
      </p>
    </div>
  );
}
