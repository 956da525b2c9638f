import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ImportWizard } from '../../../features/imports/components/import-wizard';
import '../../../features/imports/i18n';

/** /gestione/importazioni: the analysts' import wizard (upload) and the past imports. */
export function ImportsPage() {
  const { t } = useTranslation('imports');
  return (
    <RequireRole roles={['analyst']}>
      <BackOfficePage title={t('page.title')} lead={t('page.intro')}>
        <ImportWizard />
      </BackOfficePage>
    </RequireRole>
  );
}
