import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@psm/server/contract';
import '../i18n';
import { formatNumber, formatPeriod } from '../../../lib/format';

const TILES = ['inserted', 'updated', 'unchanged', 'errors'] as const;

/** Nuovi / aggiornati / invariati / errori, then what was read: rows, filters, territories, periods, indicators. */
export function ImportCounts({ report, headingLevel = 3 }: { report: ImportReport; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('imports');
  const c = report.counts;
  const H = `h${headingLevel}` as const;
  const facts = [
    t('preview.read', { count: c.records, n: formatNumber(c.records, 0) }),
    c.filteredOut > 0 ? t('preview.filteredOut', { count: c.filteredOut, n: formatNumber(c.filteredOut, 0) }) : null,
    c.missing > 0 ? t('preview.missing', { count: c.missing, n: formatNumber(c.missing, 0) }) : null,
    report.territories > 0 ? t('preview.territories', { count: report.territories, n: formatNumber(report.territories, 0) }) : null,
    report.periods ? t('preview.periods', { first: formatPeriod(report.periods.first), last: formatPeriod(report.periods.last) }) : null,
  ].filter(Boolean);
  return (
    <div className="import-counts">
      <H className="visually-hidden">{t('preview.counts')}</H>
      <dl className="import-counts__tiles">
        {TILES.map((k) => (
          <div key={k} className={`import-counts__tile import-counts__tile--${k}${k === 'errors' && c.errors > 0 ? ' import-counts__tile--bad' : ''}`}>
            <dt>
              {t(`preview.${k}`)}
              <span className="import-counts__help">{t(`preview.${k}Help`)}</span>
            </dt>
            <dd>{formatNumber(c[k], 0)}</dd>
          </div>
        ))}
      </dl>
      <p className="import-counts__facts">{facts.join(' · ')}</p>
      {report.indicators.length > 0 && (
        <>
          <H className="h6">{t('preview.indicators')}</H>
          <ul className="import-counts__indicators">
            {report.indicators.map((i) => (
              <li key={`${i.sourceCode}-${i.code}`}>
                <code>{i.code}</code> {i.name}
                {i.sourceCode && i.sourceCode !== i.code && <span className="muted"> ({i.sourceCode})</span>} –{' '}
                {t('preview.indicatorRows', { count: i.rows, n: formatNumber(i.rows, 0) })}
                {i.created && <span className="import-tag">{report.mode === 'commit' ? t('preview.created') : t('preview.toCreate')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.dimensions.length > 0 && report.mode === 'preview' && (
        <>
          <H className="h6">{t('preview.dimensions')}</H>
          <ul className="import-counts__dimensions">
            {report.dimensions.map((d) => (
              <li key={d.name}>
                <code>{d.name}</code>: {d.values.join(', ')}
                {d.more && ` ${t('preview.more')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
