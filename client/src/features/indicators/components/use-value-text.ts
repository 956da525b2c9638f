import { useTranslation } from 'react-i18next';
import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import '../i18n';
import type { SeriesPoint } from '../types';
import { flagsOf } from '../../../lib/point-flags';

type Shape = { unit: string | null; decimals: number | null };

/** Values in words of the current language: "64,2%", "provvisorio, stima", "Torino, 2022: 64,2% (provvisorio)". */
export function useValueText({ unit, decimals }: Shape) {
  const { t } = useTranslation('indicators');
  const value = (v: number) => withUnit(formatNumber(v, decimals), unit);
  const flagWords = (p: SeriesPoint | null | undefined) => flagsOf(p).map((f) => t(`flags.${f}`)).join(', ');
  const point = (territory: string, p: SeriesPoint) => {
    const text = t('chart.point', { territory, period: formatPeriod(p.period), value: value(p.value) });
    const flags = flagWords(p);
    return flags ? t('chart.pointFlags', { text, flags }) : text;
  };
  return { value, flagWords, point };
}
