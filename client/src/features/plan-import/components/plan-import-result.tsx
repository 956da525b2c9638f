import { useTranslation } from 'react-i18next';
import type { PlanImportResult } from '@psm/server/contract';
import '../i18n';
import { Link } from '../../../i18n/link';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';

const LEVELS = ['axes', 'strategies', 'actions'] as const;

/** What the dry run would do, or what the import did: created and updated by level, unchanged. */
export function PlanImportResultView({ result }: { result: PlanImportResult }) {
  const { t } = useTranslation('planImport');
  const n = (v: number) => formatNumber(v, 0);
  const sum = (r: Record<(typeof LEVELS)[number], number>) => LEVELS.reduce((s, l) => s + r[l], 0);
  return (
    <section className={`plan-import-result callout ${result.dryRun ? 'note' : 'success'}`} aria-labelledby="plan-result-heading">
      <h2 id="plan-result-heading" className="callout-title h5">
        {result.dryRun ? t('result.dryHeading') : t('result.doneHeading')}
      </h2>
      <p>{result.dryRun ? t('result.dryIntro') : t('result.doneIntro', { plan: result.plan })}</p>
      {result.planCreated && <p className="fw-semibold">{result.dryRun ? t('result.planCreated', { plan: result.plan }) : t('result.planCreatedDone', { plan: result.plan })}</p>}
      <p className="bod-help">
        {t('result.rows', { count: result.file.rows, n: n(result.file.rows), name: result.file.name, format: result.file.format.toUpperCase() })}
      </p>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('result.caption')}>
        <table className="table table-sm bod-table plan-import-result__table">
          <caption className="visually-hidden">{t('result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.level')}</th>
              <th scope="col" className="bod-num">
                {t('result.created')}
              </th>
              <th scope="col" className="bod-num">
                {t('result.updated')}
              </th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((l) => (
              <tr key={l}>
                <th scope="row">{t(`result.${l}`)}</th>
                <td className="bod-num">{n(result.created[l])}</td>
                <td className="bod-num">{n(result.updated[l])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('result.total')}</th>
              <td className="bod-num">{n(sum(result.created))}</td>
              <td className="bod-num">{n(sum(result.updated))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>{t('result.unchanged', { count: result.unchanged, n: n(result.unchanged) })}</p>
      {!result.dryRun && (
        <p className="mb-0">
          <Link to={paths.plan(result.plan)}>{t('result.openPlan')}</Link>
        </p>
      )}
    </section>
  );
}
