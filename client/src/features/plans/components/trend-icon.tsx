export type TrendKind = 'improving' | 'worsening' | 'stable' | 'other';

/**
 * A shape per judgement (rising arrow, falling arrow, level arrow, empty circle), so the meaning
 * never rests on colour alone; always next to the word, hence hidden from assistive technology.
 */
export function TrendIcon({ kind }: { kind: TrendKind }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.25, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <svg className="psm-trend-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'improving' && <path d="M3 13L13 3M6 3h7v7" {...common} />}
      {kind === 'worsening' && <path d="M3 3l10 10M13 6v7H6" {...common} />}
      {kind === 'stable' && <path d="M2 8h12M9 3l5 5-5 5" {...common} />}
      {kind === 'other' && <circle cx="8" cy="8" r="5" {...common} />}
    </svg>
  );
}
