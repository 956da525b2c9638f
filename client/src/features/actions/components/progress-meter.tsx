import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import '../i18n';

/**
 * Progress as a number written out, with a Bootstrap Italia bar beside it for a quick look. The bar is
 * decorative (the number says it all), so screen readers hear the figure once.
 */
export function ProgressMeter({ value, large = false }: { value: number | null; large?: boolean }) {
  const { t } = useTranslation('actions');
  if (value === null) return <span className="muted">{t('shared.notAvailable')}</span>;
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <span className={`act-progress${large ? ' act-progress--large' : ''}`}>
      <span className="act-progress__value">{formatPercent(value, 0)}</span>
      <span className="progress act-progress__bar" aria-hidden="true">
        <span className="progress-bar" style={{ width: `${clamped}%` }} />
      </span>
    </span>
  );
}

/** "Da aggiornare" in words, with a warning look; the page's current-period note says what it means. */
export function ToUpdateMarker() {
  const { t } = useTranslation('actions');
  return <span className="act-to-update">{t('shared.toUpdate')}</span>;
}
