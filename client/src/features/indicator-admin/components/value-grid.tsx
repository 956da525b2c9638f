import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorValue, ValuesReport } from '@psm/server/contract';
import '../entry-i18n';
import '../../../styles/backoffice-data.css';
import { ErrorSummary, type SummaryItem } from '../../../components/forms/error-summary';
import { problemIssues, problemText } from '../../../lib/problem';
import { useSaveIndicatorValues } from '../api/save-indicator-values';
import { useTerritories } from '../api/get-territories';
import { entryIssueText } from '../utils/entry-issue';
import { bodyOf, emptyRow, rowsOf, type GridRow } from '../utils/value-grid';
import { ValueGridRow } from './value-grid-row';
import { ValuesPreview } from './values-preview';
import { countText } from '../../../lib/count-text';

/** The value grid: rows territory × period, edited here, saved as a batch after a preview ("Conferma"). */
export function ValueGrid({ code, values, decimals }: { code: string; values: IndicatorValue[]; decimals: number | null }) {
  const { t } = useTranslation('indicatorEntry');
  const [rows, setRows] = useState<GridRow[]>(() => rowsOf(values));
  const [preview, setPreview] = useState<ValuesReport | null>(null);
  const [saved, setSaved] = useState<ValuesReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useSaveIndicatorValues(code);
  const territories = useTerritories();

  const change = (key: string, patch: Partial<GridRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setPreview(null);
    setSaved(null);
  };
  const send = async (dryRun: boolean) => {
    setError(null);
    try {
      const report = await save.mutateAsync({ body: bodyOf(rows), dryRun });
      if (dryRun) setPreview(report);
      else {
        setPreview(null);
        setSaved(report);
      }
    } catch (err) {
      setError(err);
      setPreview(null);
      setAttempt((a) => a + 1);
    }
  };

  // Each problem names the grid row (1-based) and the field: the link goes to that cell.
  const issues = problemIssues(error);
  const items: SummaryItem[] = issues.flatMap((i) =>
    i.row && i.column ? [{ id: `vg-${rows[i.row - 1]?.key ?? ''}-${i.column}`, label: `${i.name ?? ''}`, message: entryIssueText(i) }] : [],
  );
  const other = error && !items.length ? [problemText(error)] : [];
  const invalid = new Set(items.map((i) => i.id));

  return (
    <section aria-labelledby="vg-heading">
      <h2 id="vg-heading" className="h4">
        {t('values.caption')}
      </h2>
      <ErrorSummary title={t('values.errorsTitle')} items={items} other={other} attempt={attempt} variant="data" />
      <div className="table-responsive">
        <table className="table table-sm value-grid">
          <caption className="visually-hidden">{t('values.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('values.territory')}</th>
              <th scope="col">{t('values.period')}</th>
              <th scope="col">{t('values.value')}</th>
              <th scope="col">{t('values.provisional')}</th>
              <th scope="col">{t('values.estimated')}</th>
              <th scope="col">{t('values.breakInSeries')}</th>
              <th scope="col">{t('values.note')}</th>
              <th scope="col">{t('values.sourceDocument')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('values.removeRow', { n: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <ValueGridRow
                key={r.key}
                row={r}
                n={i + 1}
                territories={territories.data?.items ?? []}
                invalid={invalid}
                onChange={(patch) => change(r.key, patch)}
                onRemove={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>{t('values.empty')}</p>}
      <div className="bod-actions">
        <button type="button" className="btn btn-outline-primary" onClick={() => setRows((rs) => [...rs, emptyRow(rs.at(-1)?.territory)])}>
          {t('values.addRow')}
        </button>
        <button type="button" className="btn btn-primary" disabled={save.isPending || rows.length === 0} onClick={() => void send(true)}>
          {save.isPending && !preview ? t('values.previewing') : t('values.preview')}
        </button>
      </div>
      <div role="status">{saved && <p className="callout success">{saved.batchId === null ? t('values.nothingToSave') : t('values.saved', { id: saved.batchId, inserted: countText('new', saved.counts.inserted), updated: countText('changed', saved.counts.updated) })}</p>}</div>
      {preview && (
        <section aria-labelledby="vg-preview-heading" className="value-grid__preview">
          <h3 id="vg-preview-heading" className="h5">
            {t('values.previewHeading')}
          </h3>
          <ValuesPreview report={preview} decimals={decimals} />
          <div className="bod-actions">
            <button type="button" className="btn btn-primary" disabled={save.isPending || preview.changes.length === 0} onClick={() => void send(false)}>
              {save.isPending ? t('values.confirming') : t('values.confirm')}
            </button>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setPreview(null)}>
              {t('values.cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
