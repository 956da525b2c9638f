import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '@psm/server/contract';
import '../i18n';
import { formatDateTime } from '../../../lib/format';
import { formatBytes } from '../utils/file-size';

/** The options as the analyst gave them, in the form's own words (filter unit=EUR_HAB). */
function optionsText(options: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(options)) {
    if (v == null || v === false) continue;
    if (typeof v === 'object') for (const [a, b] of Object.entries(v as Record<string, unknown>)) out.push(`${k === 'filters' ? 'filter' : k} ${a}=${String(b)}`);
    else out.push(v === true ? k : `${k} ${String(v)}`);
  }
  return out;
}

/** File, format, size, who and when, and the options of the upload. */
export function JobDetails({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const options = optionsText(batch.options);
  return (
    <section className="import-details" aria-labelledby="import-details-heading">
      <h2 id="import-details-heading" className="h5">
        {t('job.details')}
      </h2>
      <dl className="bod-dl">
        <dt>{t('job.file')}</dt>
        <dd className="bod-break">{batch.file.name}</dd>
        <dt>{t('job.format')}</dt>
        <dd>{batch.file.formatLabel ?? batch.file.format}</dd>
        {batch.file.sizeBytes != null && (
          <>
            <dt>{t('job.size')}</dt>
            <dd>{formatBytes(batch.file.sizeBytes)}</dd>
          </>
        )}
        <dt>{t('job.uploadedBy')}</dt>
        <dd>{batch.createdBy ?? '–'}</dd>
        <dt>{t('job.uploadedAt')}</dt>
        <dd>{formatDateTime(batch.createdAt)}</dd>
        <dt>{t('job.options')}</dt>
        <dd>{options.length ? options.map((o) => <code key={o} className="import-option">{o}</code>) : t('job.noOptions')}</dd>
      </dl>
    </section>
  );
}
