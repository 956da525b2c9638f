import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '@psm/server/contract';
import { formatDate, formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import '../i18n';

/** "Rivisto dopo la pubblicazione": the values the report quotes that a later import changed, by figure. */
export function RevisionNotice({ revisions }: { revisions: ReportDocument['revisions'] }) {
  const { t } = useTranslation('reports');
  if (!revisions.length) return null;
  return (
    <section className="alert alert-warning psm-report-revisions" aria-labelledby="report-revisions-title">
      <h3 id="report-revisions-title" className="h5">
        {t('preview.revisedTitle')}
      </h3>
      <p>{t('preview.revisedLead')}</p>
      <ul className="mb-0">
        {revisions.map((r) => (
          <li key={`${r.figure}-${r.territory}-${r.period}`}>
            {t('preview.revisedItem', {
              figure: r.figure,
              territory: r.territoryName,
              period: formatPeriod(r.period),
              quoted: withUnit(formatNumber(r.quoted), r.unit),
              current: withUnit(formatNumber(r.current), r.unit),
            })}{' '}
            (
            {r.format === 'manuale'
              ? t('preview.revisedManual', { date: formatDate(r.revisedAt) })
              : r.format
                ? t('preview.revisedImport', { format: r.format, date: formatDate(r.revisedAt) })
                : t('preview.revisedDate', { date: formatDate(r.revisedAt) })}
            )
          </li>
        ))}
      </ul>
    </section>
  );
}
