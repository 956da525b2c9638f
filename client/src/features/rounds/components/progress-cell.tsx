import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import '../i18n';

/** "3 / 4" with a bar; the bar is decoration, the numbers say it. */
export function ProgressCell({ reported, actions }: { reported: number; actions: number }) {
  const { t } = useTranslation('rounds');
  const share = actions ? (reported / actions) * 100 : 100;
  return (
    <div className="psm-round-progress">
      <span className="progress" aria-hidden="true" title={t('detail.bar')}>
        <span className="progress-bar" style={{ width: `${share}%` }} />
      </span>
      <span>{formatPercent(share, 0)}</span>
    </div>
  );
}
