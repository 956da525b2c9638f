import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, Revision, RevisionVintage } from '@psm/server/contract';
import { formatDateTime, formatPeriod } from '../../../lib/format';
import '../i18n';
import { useValueText } from './use-value-text';

/** Up to this many revisions are listed open; more go into a disclosure, so the notice stays short. */
const OPEN_LIMIT = 3;

function VintageValue({ indicator, vintage }: { indicator: IndicatorDetail; vintage: RevisionVintage }) {
  const text = useValueText(indicator);
  const flags = text.flagWords({ period: '', ...vintage });
  return (
    <span className="ind-revisions__value">
      {text.value(vintage.value)}
      {flags && ` (${flags})`}
    </span>
  );
}

function RevisionItem({ indicator, revision }: { indicator: IndicatorDetail; revision: Revision }) {
  const { t } = useTranslation('indicators');
  const { previous, current } = revision;
  const date = formatDateTime(current.recordedAt);
  return (
    <li>
      <strong>
        {revision.territoryName}, {formatPeriod(revision.period)}
      </strong>
      {': '}
      <VintageValue indicator={indicator} vintage={previous} /> <span aria-hidden="true">→</span>
      <span className="visually-hidden"> {t('revisions.to')}</span> <VintageValue indicator={indicator} vintage={current} />
      {revision.revisions > 1 && ` (${t('revisions.times', { count: revision.revisions })})`}
      <span className="ind-revisions__source">
        {' – '}
        {current.format === 'manuale'
          ? t('revisions.byManualEntry', { date })
          : current.format
            ? t('revisions.byImport', { format: current.format, date })
            : t('revisions.byHand', { date })}
      </span>
    </li>
  );
}

/**
 * Says which values of the territories shown a later import changed after they were published: old
 * and new value, the file that changed them and when. Nothing when no value was revised.
 */
export function RevisionNotice({ indicator, revisions }: { indicator: IndicatorDetail; revisions: readonly Revision[] }) {
  const { t } = useTranslation('indicators');
  const headingId = useId();
  if (revisions.length === 0) return null;
  const list = (
    <ul className="ind-revisions__list">
      {revisions.map((r) => (
        <RevisionItem key={`${r.territory} ${r.period}`} indicator={indicator} revision={r} />
      ))}
    </ul>
  );
  return (
    <section className="ind-revisions" aria-labelledby={headingId}>
      <h2 id={headingId} className="ind-revisions__heading">
        {t('revisions.heading')}
      </h2>
      <p className="ind-revisions__lead">{t('revisions.lead', { count: revisions.length })}</p>
      {revisions.length > OPEN_LIMIT ? (
        <details>
          <summary>{t('revisions.show', { count: revisions.length })}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
