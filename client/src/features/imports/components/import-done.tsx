import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchDetail } from '@psm/server/contract';
import '../i18n';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRollbackImport } from '../api/rollback-import';
import { ImportCounts } from './import-counts';
import { countText } from '../../../lib/count-text';

/** Step 4: what changed, a link to each indicator's public chart, and the rollback (confirmed first). */
export function ImportDone({ batch }: { batch: ImportBatchDetail }) {
  const { t } = useTranslation('imports');
  const rollback = useRollbackImport(batch.id);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const report = batch.report;
  const rolledBack = batch.status === 'rolled_back';

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const rolledBackNow = rollback.isSuccess && rolledBack;
  useEffect(() => {
    if (rolledBackNow) resultRef.current?.focus();
  }, [rolledBackNow]);
  useEffect(() => {
    if (rollback.isError) errorRef.current?.focus();
  }, [rollback.isError]);

  const c = batch.counts;
  return (
    <section className="import-done" aria-labelledby="import-done-heading">
      <h2 id="import-done-heading" className="h4">
        {rolledBack ? t('done.rolledBackTitle') : t('done.heading')}
      </h2>
      {batch.committedAt && <p>{t('done.committedAt', { date: formatDateTime(batch.committedAt) })}</p>}
      {rolledBack && batch.rolledBackAt && (
        <div ref={resultRef} tabIndex={-1} className="alert alert-warning" role={rollback.isSuccess ? 'status' : undefined}>
          <p className="mb-0">
            {batch.rolledBackBy
              ? t('done.rolledBackAt', { date: formatDateTime(batch.rolledBackAt), who: batch.rolledBackBy })
              : t('done.rolledBackAtNoWho', { date: formatDateTime(batch.rolledBackAt) })}
            {rollback.data && (
              <>
                {' '}
                {t('done.result', { removed: countText('values', rollback.data.removed), restored: countText('previousValues', rollback.data.restored) })}
                {rollback.data.indicatorsRemoved.length > 0 && ` ${t('done.indicatorsRemoved', { list: rollback.data.indicatorsRemoved.join(', ') })}`}
              </>
            )}
          </p>
        </div>
      )}
      <h3 className="h5">{rolledBack ? t('done.changedBefore') : t('done.changed')}</h3>
      {report ? <ImportCounts report={report} headingLevel={4} /> : null}
      {report && report.indicators.length > 0 && !rolledBack && (
        <>
          <h3 className="h5">{t('done.indicators')}</h3>
          <p>{t('done.indicatorsIntro')}</p>
          <ul className="import-done__links">
            {report.indicators.map((i) => (
              <li key={i.code}>
                {i.created ? (
                  // A created indicator is a draft: no public page until it is published.
                  <>
                    {i.name} <code>{i.code}</code> ·{' '}
                    <Link to={paths.backOffice.indicator(i.code)} aria-label={t('done.completeOf', { name: i.name })}>
                      {t('done.complete')}
                    </Link>
                  </>
                ) : (
                  <>
                    <Link to={paths.indicator(i.code)} aria-label={t('done.publicPageOf', { name: i.name })}>
                      {i.name}
                    </Link>{' '}
                    <code>{i.code}</code> <span className="muted">({t('done.publicPage')})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {batch.status === 'committed' && (
        <div className="import-rollback">
          {!confirming ? (
            <>
              <button type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
                {t('done.rollback')}
              </button>
              <p className="bod-help">{t('done.rollbackHelp')}</p>
            </>
          ) : (
            <div ref={confirmRef} tabIndex={-1} className="alert alert-warning import-rollback__confirm" role="alertdialog" aria-labelledby="rollback-title" aria-describedby="rollback-text">
              <h3 id="rollback-title" className="h5">
                {t('done.confirmTitle', { id: batch.id })}
              </h3>
              <p id="rollback-text">
                {t('done.confirmText', { inserted: countText('newValues', c.inserted), updated: countText('previousValues', c.updated) })}
              </p>
              <div className="bod-actions">
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={rollback.isPending}
                  onClick={() => rollback.mutate(undefined, { onSettled: () => setConfirming(false) })}
                >
                  {rollback.isPending ? t('done.rollingBack') : t('done.confirmYes')}
                </button>
                <button type="button" className="btn btn-outline-primary" disabled={rollback.isPending} onClick={() => setConfirming(false)}>
                  {t('done.confirmNo')}
                </button>
              </div>
            </div>
          )}
          {rollback.isError && (
            <div ref={errorRef} tabIndex={-1} className="alert alert-danger" role="alert">
              <h3 className="h5">{t('done.rollbackFailed')}</h3>
              <p className="mb-0">
                {rollback.error instanceof ApiError ? rollback.error.detail || rollback.error.title : String(rollback.error)}
                {rollback.error instanceof ApiError && rollback.error.status > 0 && ` (HTTP ${rollback.error.status})`}
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
