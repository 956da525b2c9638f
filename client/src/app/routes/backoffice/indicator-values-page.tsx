import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { useIndicatorValues } from '../../../features/indicator-admin/api/get-indicator-values';
import { ValueGrid } from '../../../features/indicator-admin/components/value-grid';
import { ValuesTemplate } from '../../../features/indicator-admin/components/values-template';
import { useBackofficeIndicator } from '../../../features/indicator-admin/api/backoffice-indicator';
import '../../../features/indicator-admin/i18n';
import '../../../features/indicator-admin/entry-i18n';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';

function ValuesFrame({ code }: { code: string }) {
  const { t } = useTranslation('indicatorAdmin');
  const { t: te } = useTranslation('indicatorEntry');
  const indicator = useBackofficeIndicator(code);
  const values = useIndicatorValues(code);
  const name = indicator.data?.name ?? code;
  return (
    <BackOfficePage
      title={te('values.title', { name })}
      lead={te('values.lead')}
      crumbs={[
        { label: t('detail.crumb'), to: paths.backOffice.indicators() },
        { label: name, to: paths.backOffice.indicator(code) },
      ]}
    >
      <div className="bod">
        {values.isPending || indicator.isPending ? (
          <LoadingState />
        ) : values.isError ? (
          <ErrorState error={values.error} onRetry={() => void values.refetch()} />
        ) : (
          <>
            <ValueGrid code={code} values={values.data.items} decimals={indicator.data?.decimals ?? null} />
            <ValuesTemplate code={code} decimals={indicator.data?.decimals ?? null} />
          </>
        )}
        <p>
          <Link to={paths.backOffice.imports()}>{te('values.history')}</Link>
        </p>
      </div>
    </BackOfficePage>
  );
}

/** /gestione/indicatori/:code/valori: the value grid of an indicator and its CSV template. */
export function IndicatorValuesPage() {
  const { code = '' } = useParams();
  return (
    <RequireRole roles={['analyst']}>
      <ValuesFrame key={code} code={code} />
    </RequireRole>
  );
}
