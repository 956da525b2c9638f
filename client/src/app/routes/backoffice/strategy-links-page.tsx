import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { StrategyLinksEditor } from '../../../features/indicator-admin/components/strategy-links-editor';
import '../../../features/indicator-admin/i18n';
import { paths } from '../../../lib/paths';

/** /gestione/piani/:plan/strategie/:code/indicatori: the indicators that measure one strategy, in order. */
export function StrategyLinksPage() {
  const { t } = useTranslation('indicatorAdmin');
  const { plan = '', code = '' } = useParams();
  return (
    <RequireRole roles={['analyst']}>
      <BackOfficePage
        title={t('strategyLinks.title', { code })}
        crumbs={[
          { label: t('detail.crumb'), to: paths.backOffice.indicators() },
          { label: t('strategyLinks.crumbLinks'), to: `${paths.backOffice.indicators()}?piano=${encodeURIComponent(plan)}` },
        ]}
      >
        <StrategyLinksEditor key={`${plan}/${code}`} plan={plan} strategy={code} />
      </BackOfficePage>
    </RequireRole>
  );
}
