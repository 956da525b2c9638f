import { strings } from '../../../lib/strings';
import type { DashboardIndicator } from '../types';

/** "Fonte: <agency> – <dataset>" linked to the source, with the licence and notes on reading it. */
export function IndicatorSource({ indicator }: { indicator: DashboardIndicator }) {
  const agency = indicator.sourceAgency ?? indicator.source.toUpperCase();
  const label = indicator.sourceDataset ? `${agency} – ${indicator.sourceDataset}` : agency;
  return (
    <div className="indicator-source">
      <p>
        {strings.dashboard.source}{' '}
        {indicator.sourceUrl ? (
          <a href={indicator.sourceUrl} rel="noopener noreferrer">
            {label}
          </a>
        ) : (
          label
        )}
      </p>
      {indicator.licence && (
        <p>
          {strings.dashboard.licence} {indicator.licence}
        </p>
      )}
      {/* Whether "up" is good news is itself a judgement: say whose. */}
      {indicator.polarityNote && (
        <p>
          {strings.dashboard.polarityNote} {indicator.polarityNote}
        </p>
      )}
      {indicator.notes && (
        <p>
          {strings.dashboard.notes} {indicator.notes}
        </p>
      )}
    </div>
  );
}

/** Links that are our own judgement, not the plan's, must say so where the data is shown. */
export function DemonstrationNote({ rationale }: { rationale: string | null }) {
  const badge = strings.dashboard.demonstration;
  // The seed's rationale often repeats the badge text; show it once.
  const text = rationale?.replace(new RegExp(`^${badge}\\s*[:.–-]\\s*`, 'i'), '');
  return (
    <div className="demo-note">
      <span className="badge badge--demo">{badge}</span>
      {text && <span className="demo-note__text">{text.charAt(0).toUpperCase() + text.slice(1)}</span>}
    </div>
  );
}
