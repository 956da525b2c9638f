import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { HistoryLink } from '../../../components/back-office/history-link';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { IndicatorAdmin } from '../../../features/indicator-admin/components/indicator-admin';
import { useBackofficeIndicator } from '../../../features/indicator-admin/api/backoffice-indicator';
import '../../../features/indicator-admin/i18n';
import { IndicatorSourcesLink } from '../../../features/sources/components/indicator-sources-link';
import { paths } from '../../../lib/paths';

function IndicatorAdminFrame({ code }: { code: string }) {
  const { t } = useTranslation('indicatorAdmin');
  // The same query the content reads (drafts included): the title is the indicator's name once known.
  const indicator = useBackofficeIndicator(code);
  return (
    <BackOfficePage
      title={indicator.data?.name ?? code}
      crumbs={[{ label: t('detail.crumb'), to: paths.backOffice.indicators() }]}
      lead={
        <>
          <HistoryLink type="indicator" id={code} name={indicator.data?.name ?? code} />
          <IndicatorSourcesLink code={code} />
        </>
      }
    >
      <IndicatorAdmin code={code} />
    </BackOfficePage>
  );
}

/** /gestione/indicatori/:code: metadata, targets and strategies of one indicator. */
export function IndicatorAdminPage() {
  const { code = '' } = useParams();
  return (
    <RequireRole roles={['analyst']}>
      <IndicatorAdminFrame key={code} code={code} />
    </RequireRole>
  );
}
