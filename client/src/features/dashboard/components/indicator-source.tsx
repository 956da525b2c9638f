import { useTranslation } from 'react-i18next';
import type { DashboardIndicator } from '@psm/server/contract';
import { formatDate } from '../../../lib/format';
import '../i18n';

/** "Fonte: <agency> – <dataset>" linked to the publisher's page, the licence, and the source's release and our load dates. */
export function IndicatorSource({ indicator }: { indicator: DashboardIndicator }) {
  const { t } = useTranslation('dashboard');
  const agency = indicator.sourceAgency ?? indicator.source.toUpperCase();
  const label = indicator.sourceDataset ? `${agency} – ${indicator.sourceDataset}` : agency;
  return (
    <p className="psm-indicator__source">
      {t('card.source')}:{' '}
      {indicator.sourceUrl ? (
        <a href={indicator.sourceUrl} rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {indicator.licence && (
        <>
          {' · '}
          {t('card.licence')}: {indicator.licence}
        </>
      )}
      <br />
      {t('card.lastUpdate')}: {indicator.releaseDate ? t('card.releasedOn', { date: formatDate(indicator.releaseDate) }) : t('card.releaseUnknown')};{' '}
      {indicator.loadedAt ? t('card.loadedOn', { date: formatDate(indicator.loadedAt) }) : t('card.notLoaded')}
    </p>
  );
}

/** A link that is our own judgement, not the plan's, says so where its data is shown. */
export function DemonstrationNote({ rationale }: { rationale: string | null }) {
  const { t, i18n } = useTranslation();
  const badge = t('demo.badge');
  // The seed's rationale (Italian) often repeats the badge text; show it once, and the translated explanation in English.
  const text = i18n.language === 'it' && rationale ? rationale.replace(new RegExp(`^${badge}\\s*[:.–-]\\s*`, 'i'), '') : t('demo.explain');
  return (
    <p className="psm-demo-note">
      <span className="badge psm-demo-badge">{badge}</span> <span>{text.charAt(0).toUpperCase() + text.slice(1)}</span>
    </p>
  );
}
