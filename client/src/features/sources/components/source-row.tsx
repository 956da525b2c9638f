import type { ImportRecipe } from '@psm/server/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLangNavigate } from '../../../i18n/link';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useCheckSource, useDeleteSource, useRefreshSource } from '../api/source-writes';
import '../i18n';
import { sourceErrorText, writeErrorText } from '../utils/source-error';

/** One source: its address, indicator, last check (badge when new data is there) and its buttons. */
export function SourceRow({ recipe: r, onEdit }: { recipe: ImportRecipe; onEdit: () => void }) {
  const { t } = useTranslation('sources');
  const check = useCheckSource();
  const refresh = useRefreshSource();
  const remove = useDeleteSource();
  const navigate = useLangNavigate();
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const errorRef = useFocusOn<HTMLParagraphElement>(error?.n ?? null);
  const fail = (err: unknown) => setError((e) => ({ text: writeErrorText(t, err), n: (e?.n ?? 0) + 1 }));
  const busy = check.isPending || refresh.isPending || remove.isPending;
  const onRefresh = async () => {
    setError(null);
    try {
      const res = await refresh.mutateAsync(r.id);
      navigate(paths.backOffice.importJob(res.batchId));
    } catch (err) {
      fail(err);
    }
  };
  const onCheck = async () => {
    setError(null);
    await check.mutateAsync(r.id).catch(fail);
  };
  const onRemove = async () => {
    if (!window.confirm(t('list.confirmRemove', { name: r.name }))) return;
    await remove.mutateAsync(r.id).catch(fail);
  };
  const errorId = `source-${r.id}-error`;
  return (
    <tr>
      <th scope="row" data-label={t('list.name')}>
        {r.name}
        {r.check.changedSinceImport && <span className="badge bg-warning text-dark ms-2">{t('list.newData')}</span>}
        <div className="small text-break fw-normal">
          <a href={r.url} rel="noopener noreferrer">
            {r.url}
          </a>
        </div>
      </th>
      <td data-label={t('list.indicator')}>{r.indicator ? <Link to={paths.backOffice.indicator(r.indicator.code)}>{r.indicator.code}</Link> : '—'}</td>
      <td data-label={t('list.lastCheck')}>
        {r.check.lastCheckedAt ? (
          <>
            {formatDateTime(r.check.lastCheckedAt)}
            {r.check.status && <div>{t(`list.status.${r.check.status}`)}</div>}
            {r.check.error && <div className="text-danger">{sourceErrorText(t, r.check.error)}</div>}
          </>
        ) : (
          t('list.never')
        )}
        {r.lastBatchId !== null && (
          <div className="small">
            <Link to={paths.backOffice.importJob(r.lastBatchId)}>{t('list.lastBatch', { id: r.lastBatchId })}</Link>
          </div>
        )}
      </td>
      <td data-label={t('list.actions')}>
        <div className="d-flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary btn-sm" onClick={() => void onRefresh()} disabled={busy} aria-describedby={error ? errorId : undefined}>
            {refresh.isPending ? t('list.refreshing') : t('list.refresh')}
          </button>
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void onCheck()} disabled={busy}>
            {check.isPending ? t('list.checking') : t('list.check')}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onEdit} disabled={busy}>
            {t('list.edit')}
          </button>
          <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => void onRemove()} disabled={busy}>
            {t('list.remove')}
          </button>
        </div>
        {error && (
          <p id={errorId} ref={errorRef} tabIndex={-1} role="alert" className="text-danger small mt-2 mb-0">
            {error.text}
          </p>
        )}
      </td>
    </tr>
  );
}
