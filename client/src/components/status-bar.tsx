import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../lib/format';
import { useStatusLabel, type StatusLike } from './status-badge';

type Props = {
  /** Every status, in the vocabulary's order. */
  statuses: readonly StatusLike[];
  /** Actions per status code (the latest update's status). */
  byStatus: Record<string, number>;
  /** Actions with no update at all. */
  noUpdate: number;
  /** Short text naming what the bar counts, read before the figures (e.g. "Asse 1"). */
  label: string;
  /** Visible text for the "no update" segment. */
  noUpdateLabel: string;
  /** Hide the legend (e.g. in a dense table where the figures are written beside it). */
  compact?: boolean;
};

/**
 * Implementation roll-up as one stacked bar: a segment per status, wide as its share of the actions.
 * The figures are also written out (legend, and the bar's accessible name), never only in colour.
 */
export function StatusBar({ statuses, byStatus, noUpdate, label, noUpdateLabel, compact = false }: Props) {
  const { t } = useTranslation();
  const name = useStatusLabel();
  const segments = [
    ...statuses.filter((s) => (byStatus[s.code] ?? 0) > 0).map((s) => ({ key: s.code, text: name(s), colour: s.colour, n: byStatus[s.code] ?? 0 })),
    ...(noUpdate > 0 ? [{ key: 'none', text: noUpdateLabel, colour: null, n: noUpdate }] : []),
  ];
  const total = segments.reduce((a, s) => a + s.n, 0);
  const summary = segments.map((s) => `${s.text}: ${formatNumber(s.n)}`).join(', ');
  if (total === 0) return <p className="psm-statusbar__empty">{t('states.empty')}</p>;
  return (
    <div className="psm-statusbar">
      <div className="psm-statusbar__bar" role="img" aria-label={`${label} – ${summary}`}>
        {segments.map((s) => (
          <span
            key={s.key}
            className={`psm-statusbar__seg${s.colour ? '' : ' psm-statusbar__seg--none'}`}
            style={{ flexGrow: s.n, ...(s.colour ? { backgroundColor: s.colour } : {}) }}
            title={`${s.text}: ${formatNumber(s.n)} (${formatPercent((100 * s.n) / total, 0)})`}
          />
        ))}
      </div>
      {!compact && (
        <ul className="psm-statusbar__legend" aria-hidden="true">
          {segments.map((s) => (
            <li key={s.key}>
              <span className={`psm-status__swatch${s.colour ? '' : ' psm-status__swatch--none'}`} style={s.colour ? { backgroundColor: s.colour } : undefined} />
              {s.text} <strong>{formatNumber(s.n)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
