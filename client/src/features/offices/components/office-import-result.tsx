import { useTranslation } from 'react-i18next';
import type { OfficeImportResult } from '@psm/server/contract';
import '../i18n';
import { countText } from '../../../lib/count-text';

/** What a check or a load does: the counts, then every row of the file with its outcome. */
export function OfficeImportResultView({ result }: { result: OfficeImportResult }) {
  const { t } = useTranslation('offices');
  return (
    <>
      <div className={`alert ${result.dryRun ? 'alert-info' : 'alert-success'}`} role="status">
        <h2 className="h5">{result.dryRun ? t('import.previewTitle') : t('import.doneTitle')}</h2>
        <p className="mb-0">{t('import.summary', { created: countText('new', result.created), updated: countText('changed', result.updated), unchanged: countText('unchanged', result.unchanged) })}</p>
      </div>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('import.rowsCaption')}>
        <table className="table table-sm bod-table">
          <caption className="visually-hidden">{t('import.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="bod-num">
                {t('import.row')}
              </th>
              <th scope="col">{t('fields.code')}</th>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('table.parent')}</th>
              <th scope="col">{t('table.email')}</th>
              <th scope="col">{t('import.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.row}>
                <td className="bod-num">{r.row}</td>
                <td className="text-nowrap">
                  <code>{r.code}</code>
                </td>
                <td>{r.name}</td>
                <td>{r.parent ?? t('table.none')}</td>
                <td>{r.email ?? t('table.none')}</td>
                <td>{t(`import.${r.outcome}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
