import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '@psm/server/contract';
import '../i18n';
import { formatNumber } from '../../../lib/format';
import { formatBytes } from '../utils/file-size';
import { ProgressBar } from './progress-bar';
import { countText } from '../../../lib/count-text';

/** The running preview or commit: its phase (announced when it changes) and how far it has read. */
export function JobProgress({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const p = batch.progress;
  const label = batch.status === 'committing' ? t('job.commitRunning') : t('job.previewRunning');
  const phase = p ? t(`phase.${p.phase}`) : t('job.queued');
  const amount = !p
    ? ''
    : p.rowsTotal
      ? t('job.rowsOf', { done: formatNumber(p.rowsDone, 0), total: formatNumber(p.rowsTotal, 0) })
      : p.bytesTotal
        ? t('job.bytes', { done: formatBytes(p.bytesDone), total: formatBytes(p.bytesTotal) })
        : t('job.rows', { done: countText('rowsRead', p.rowsDone) });
  return (
    <section className="import-job-progress" aria-label={label}>
      <ProgressBar label={label} percent={p ? p.percent : null} text={amount ? `${phase}: ${amount}` : phase} />
      {/* Only the phase is announced: the numbers change twice a second. */}
      <p className="visually-hidden" role="status">
        {phase}
      </p>
    </section>
  );
}
