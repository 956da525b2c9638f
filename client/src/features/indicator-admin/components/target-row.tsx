import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, Target } from '@psm/server/contract';
import '../i18n';
import { formatHost, formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import { problemText } from '../../../lib/problem';

type RowProps = { target: Target; indicator: IndicatorDetail; onDelete: (id: number) => void; pending: boolean; error: unknown };

/** One target with its source; deleted after a confirmation in the row itself. */
export function TargetRow({ target, indicator, onDelete, pending, error }: RowProps) {
  const { t } = useTranslation('indicatorAdmin');
  const [confirming, setConfirming] = useState(false);
  const names = { territory: target.territory.name, period: formatPeriod(target.period) };
  return (
    <tr>
      <td>
        {target.territory.name} <span className="muted">({target.territory.code})</span>
      </td>
      <td>{formatPeriod(target.period)}</td>
      <td className="bod-num">{withUnit(formatNumber(target.value, indicator.decimals), indicator.unit)}</td>
      <td>{target.plan ?? t('targets.noPlan')}</td>
      <td className="bod-break">{target.description ?? ''}</td>
      <td>
        <a href={target.sourceUrl} rel="noopener noreferrer">
          {formatHost(target.sourceUrl)}
        </a>
      </td>
      <td>
        {confirming ? (
          <div className="bod-inline-confirm" role="group" aria-label={t('targets.confirmDelete', names)}>
            <span>{t('targets.confirmDelete', names)}</span>
            <button type="button" className="btn btn-danger btn-xs" disabled={pending} onClick={() => onDelete(target.id)}>
              {t('targets.confirmYes')}
            </button>
            <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setConfirming(false)} autoFocus>
              {t('targets.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => setConfirming(true)} aria-label={t('targets.deleteLabel', names)}>
            {t('targets.delete')}
          </button>
        )}
        {error != null && (
          <p className="bod-field-error" role="alert">
            {t('targets.deleteFailed')}: {problemText(error)}
          </p>
        )}
      </td>
    </tr>
  );
}
