import { useTranslation } from 'react-i18next';
import '../i18n';
import { formatNumber } from '../../../lib/format';
import type { UnknownCode } from '../utils/report-issues';

/** Codes of the file we do not have (territories, indicators): once each, with their rows and what to do. */
export function UnknownCodes({ codes }: { codes: readonly UnknownCode[] }) {
  const { t } = useTranslation('imports');
  const territoryColumn = codes.find((c) => c.kind === 'territory' && c.column)?.column;
  const hasIndicator = codes.some((c) => c.kind === 'indicator');
  return (
    <section className="import-unknown" aria-labelledby="import-unknown-heading">
      <h3 id="import-unknown-heading" className="h5">
        {t('unknown.heading')} <span className="import-issues__count">({formatNumber(codes.length, 0)})</span>
      </h3>
      <p className="bod-help">{t('unknown.intro')}</p>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('unknown.caption')}>
        <table className="table table-sm bod-table">
          <caption className="visually-hidden">{t('unknown.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('unknown.code')}</th>
              <th scope="col">{t('unknown.kind')}</th>
              <th scope="col" className="bod-num">
                {t('unknown.rows')}
              </th>
              <th scope="col">{t('unknown.firstRows')}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={`${c.kind}:${c.code}`}>
                <th scope="row">
                  <code>{c.code === '' ? '""' : c.code}</code>
                  {c.label && <span className="muted"> ({c.label})</span>}
                </th>
                <td>
                  {t(`unknown.${c.kind}`)}
                  {c.column && (
                    <>
                      {' '}
                      (<code>{c.column}</code>)
                    </>
                  )}
                </td>
                <td className="bod-num">{formatNumber(c.count, 0)}</td>
                <td>
                  {c.rows.map((r) => formatNumber(r, 0)).join(', ')}
                  {c.more && ', …'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {territoryColumn && <p className="bod-help">{t('unknown.hintTerritory', { column: territoryColumn })}</p>}
      {hasIndicator && <p className="bod-help">{t('unknown.hintIndicator')}</p>}
    </section>
  );
}
