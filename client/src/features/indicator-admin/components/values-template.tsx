import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValuesReport } from '@psm/server/contract';
import '../entry-i18n';
import '../../../styles/backoffice-data.css';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { entryIssueText } from '../utils/entry-issue';
import { problemIssues, problemText } from '../../../lib/problem';
import { useUploadIndicatorValues, valuesTemplateUrl } from '../api/upload-indicator-values';
import { ValuesPreview } from './values-preview';
import { countText } from '../../../lib/count-text';

/** The CSV template: download the current values, load the filled file back through the same preview and confirm. */
export function ValuesTemplate({ code, decimals }: { code: string; decimals: number | null }) {
  const { t } = useTranslation('indicatorEntry');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ValuesReport | null>(null);
  const [saved, setSaved] = useState<ValuesReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const upload = useUploadIndicatorValues(code);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    try {
      const report = await upload.mutateAsync({ file, dryRun });
      setPreview(dryRun ? report : null);
      setSaved(dryRun ? null : report);
    } catch (err) {
      setError(err);
      setPreview(null);
      setAttempt((a) => a + 1);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };
  const issues = problemIssues(error).map((i) => [i.row && t('values.rowN', { n: i.row }), i.column, entryIssueText(i)].filter(Boolean).join(' · '));
  const other = error ? (issues.length ? issues : [problemText(error)]) : [];

  return (
    <section aria-labelledby="vt-heading">
      <h2 id="vt-heading" className="h4">
        {t('values.templateHeading')}
      </h2>
      <p>{t('values.templateText')}</p>
      <p>
        <a href={valuesTemplateUrl(code)} download>
          {t('values.download')}
        </a>
      </p>
      <ErrorSummary title={t('values.errorsTitle')} items={[]} other={other} attempt={attempt} variant="data" />
      <form onSubmit={submit} className="bod-actions">
        <div className="bod-field">
          <label htmlFor="vt-file">{t('values.file')}</label>
          <input id="vt-file" type="file" className="form-control" accept=".csv,.xlsx,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="btn btn-outline-primary" disabled={!file || upload.isPending}>
          {t('values.upload')}
        </button>
      </form>
      <div role="status">{saved && <p className="callout success">{saved.batchId === null ? t('values.nothingToSave') : t('values.saved', { id: saved.batchId, inserted: countText('new', saved.counts.inserted), updated: countText('changed', saved.counts.updated) })}</p>}</div>
      {preview && (
        <>
          <ValuesPreview report={preview} decimals={decimals} />
          <div className="bod-actions">
            <button type="button" className="btn btn-primary" disabled={upload.isPending || preview.changes.length === 0} onClick={() => void send(false)}>
              {t('values.confirm')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
