import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { PlanImportForm } from '../../../features/plan-import/components/plan-import-form';
import '../../../features/plan-import/i18n';

/** /gestione/piano: loading a plan's axes, strategies and actions from a file (admins). */
export function PlanImportPage() {
  const { t } = useTranslation('planImport');
  return (
    <RequireRole roles={['admin']}>
      <BackOfficePage title={t('page.title')} lead={t('page.lead')}>
        <PlanImportForm />
      </BackOfficePage>
    </RequireRole>
  );
}
