import { useTranslation } from 'react-i18next';
import type { OfficeImportResult } from '@psm/server/contract';
import '../../../styles/backoffice-data.css';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { CheckThenLoad } from '../../../components/back-office/check-then-load';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useImportOffices } from '../api/office-writes';
import '../i18n';
import { OfficeImportResultView } from './office-import-result';

/** /gestione/uffici/carica: an offices spreadsheet; "Verifica" (dry run) shows every problem or what would change, then "Carica". */
export function OfficeImport() {
  const { t } = useTranslation('offices');
  const run = useImportOffices();
  return (
    <BackOfficePage title={t('import.title')} crumbs={[{ label: t('page.title'), to: paths.backOffice.offices() }]} lead={t('import.lead')}>
      <div className="bod plan-import">
        <CheckThenLoad
          id="offices-file"
          send={(file, dryRun) => run.mutateAsync({ file, dryRun })}
          pending={run.isPending ? { dryRun: run.variables?.dryRun !== false } : null}
          text={(k) => t(`import.${k}`)}
          chosen={(name) => t('import.chosen', { name })}
          result={(r: OfficeImportResult) => <OfficeImportResultView result={r} />}
        />
        <p>
          <Link to={paths.backOffice.offices()}>{t('import.back')}</Link>
        </p>
      </div>
    </BackOfficePage>
  );
}
