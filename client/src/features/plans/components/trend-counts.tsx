import { useTranslation } from 'react-i18next';
import type { TrendCounts as Counts } from '@psm/server/contract';
import { formatNumber } from '../../../lib/format';
import '../i18n';
import { TrendIcon, type TrendKind } from './trend-icon';

const KINDS: readonly TrendKind[] = ['improving', 'worsening', 'stable', 'other'];

type Props = {
  counts: Counts | undefined;
  /** What the counts are of ("Asse 1"), read before the list. */
  name: string;
  /** True while the figures are still being fetched. */
  pending?: boolean;
};

/**
 * Level 1 in brief: how many context indicators are improving, worsening, stable or cannot be judged,
 * each with its own shape and word, and how many of them rest on our own (demonstration) links.
 */
export function TrendCounts({ counts, name, pending = false }: Props) {
  const { t } = useTranslation('plans');
  if (!counts) return <p className="psm-muted small mb-0">{pending ? t('states.loading', { ns: 'common' }) : t('trend.unavailable')}</p>;
  if (counts.indicators === 0) return <p className="psm-muted small mb-0">{t('trend.none')}</p>;
  return (
    <div className="psm-trend">
      <p className="psm-trend__total">{t('trend.indicators', { count: counts.indicators })}</p>
      <ul className="psm-trend__list" aria-label={t('trend.listLabel', { name })}>
        {KINDS.map((k) => (
          <li key={k} className={`psm-trend__item psm-trend__item--${k}${counts[k] === 0 ? ' psm-trend__item--zero' : ''}`}>
            <TrendIcon kind={k} /> <strong>{formatNumber(counts[k])}</strong> {t(`trend.${k}`, { count: counts[k] })}
          </li>
        ))}
      </ul>
      {counts.demonstration > 0 && (
        <p className="psm-trend__demo">
          <span className="psm-demo-mark">{t('trend.demonstration', { count: counts.demonstration })}</span>
        </p>
      )}
    </div>
  );
}
