import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { IndicatorAdminList } from '../../../features/indicator-admin/components/indicator-admin-list';
import '../../../features/indicator-admin/i18n';

/** /gestione/indicatori: the indicators to maintain ("da completare" first to see) and the strategy links. */
export function IndicatorAdminListPage() {
  const { t } = useTranslation('indicatorAdmin');
  return (
    <RequireRole roles={['analyst']}>
      <BackOfficePage title={t('list.title')} lead={t('list.lead')}>
        <IndicatorAdminList />
      </BackOfficePage>
    </RequireRole>
  );
}
