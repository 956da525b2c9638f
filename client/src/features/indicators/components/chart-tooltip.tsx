import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../lib/format';
import '../i18n';
import type { Series } from '../types';
import type { MergedRow } from '../utils/merge-series';
import type { TerritoryStyle } from '../utils/territory-style';
import { PointMarker } from './point-marker';
import type { useValueText } from './use-value-text';

type Props = {
  x: number;
  y: number;
  /** The chart's width, to keep the box inside it. */
  width: number;
  row: MergedRow;
  series: Series[];
  styleOf: (code: string) => TerritoryStyle;
  /** The territory of the point pointed at: its line comes first and bold. */
  active: string;
  text: ReturnType<typeof useValueText>;
};

const HALF = 110;

/**
 * The values of every territory drawn at one period, above the point focused or hovered. Hidden
 * from assistive technology: the point's own label already reads its value.
 */
export function ChartTooltip({ x, y, width, row, series, styleOf, active, text }: Props) {
  const { t } = useTranslation('indicators');
  const left = width > 2 * HALF ? Math.min(Math.max(x, HALF), width - HALF) : width / 2;
  const ordered = [...series].sort((a, b) => Number(b.territory.code === active) - Number(a.territory.code === active));
  return (
    <div className="ind-tooltip" style={{ left, top: y }} aria-hidden="true">
      <p className="ind-tooltip__period">{formatPeriod(row.period)}</p>
      <ul>
        {ordered.map((s) => {
          const style = styleOf(s.territory.code);
          const p = row.values[s.territory.code];
          const flags = text.flagWords(p);
          return (
            <li key={s.territory.code} className={s.territory.code === active ? 'is-active' : undefined}>
              <svg width="14" height="14" focusable="false">
                <PointMarker shape={style.shape} cx={7} cy={7} r={4} color={style.color} hollow={p?.provisional} />
              </svg>
              <span className="ind-tooltip__name">{s.territory.name}</span>
              <span className="ind-tooltip__value">
                {p ? text.value(p.value) : t('table.missing')}
                {flags && <span className="ind-tooltip__flags"> ({flags})</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
