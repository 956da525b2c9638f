import { useTranslation } from 'react-i18next';
import type { ValuesReport } from '@psm/server/contract';
import '../entry-i18n';
import { formatNumber, formatPeriod } from '../../../lib/format';
import { countText } from '../../../lib/count-text';

type State = ValuesReport['changes'][number]['after'];

/** What a save would do: the counts and each value that changes, before → after. */
export function ValuesPreview({ report, decimals }: { report: ValuesReport; decimals: number | null }) {
  const { t } = useTranslation('indicatorEntry');
  const c = report.counts;
  const flags = (s: State) =>
    [s.provisional && t('values.provisional'), s.estimated && t('values.estimated'), s.breakInSeries && t('values.breakInSeries')].filter(Boolean).join(', ');
  const show = (s: State) => [formatNumber(s.value, decimals ?? undefined), flags(s) && `(${flags(s)})`, s.note, s.sourceDocument].filter(Boolean).join(' · ');
  return (
    <>
      <p>{t('values.counts', { inserted: countText('new', c.inserted), updated: countText('changed', c.updated), unchanged: countText('unchanged', c.unchanged), missing: countText('withoutValue', c.missing) })}</p>
      {report.changes.length === 0 ? (
        <p>{t('values.nothingToSave')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption>{t('values.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('values.territory')}</th>
                <th scope="col">{t('values.period')}</th>
                <th scope="col">{t('values.before')}</th>
                <th scope="col">{t('values.after')}</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((ch) => (
                <tr key={`${ch.territory.code}|${ch.period}`}>
                  <td>{ch.territory.name}</td>
                  <td>{formatPeriod(ch.period)}</td>
                  <td>{ch.before ? show(ch.before) : <em>{t('values.newValue')}</em>}</td>
                  <td>{show(ch.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.changesTruncated && <p className="bod-help">{t('values.more')}</p>}
    </>
  );
}
