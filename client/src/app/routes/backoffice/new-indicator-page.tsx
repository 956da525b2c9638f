import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { CreateIndicatorForm } from '../../../features/indicator-admin/components/create-indicator-form';
import '../../../features/indicator-admin/i18n';
import '../../../features/indicator-admin/entry-i18n';
import { paths } from '../../../lib/paths';

/** /gestione/indicatori/nuovo: a new indicator (typically a constructed one), then its admin page. */
export function NewIndicatorPage() {
  const { t } = useTranslation('indicatorAdmin');
  const { t: te } = useTranslation('indicatorEntry');
  return (
    <RequireRole roles={['analyst']}>
      <BackOfficePage title={te('create.title')} lead={te('create.lead')} crumbs={[{ label: t('detail.crumb'), to: paths.backOffice.indicators() }]}>
        <CreateIndicatorForm />
      </BackOfficePage>
    </RequireRole>
  );
}
