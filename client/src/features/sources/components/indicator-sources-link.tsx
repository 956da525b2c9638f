import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useSources } from '../api/get-sources';
import '../i18n';

/** On an indicator's admin page: its data sources, with the new-data badge; nothing when it has none. */
export function IndicatorSourcesLink({ code }: { code: string }) {
  const { t } = useTranslation('sources');
  const sources = useSources();
  const mine = (sources.data?.items ?? []).filter((r) => r.indicator?.code.toUpperCase() === code.toUpperCase());
  if (!mine.length) return null;
  return (
    <Link to={paths.backOffice.sources()} className="btn btn-outline-secondary btn-sm ms-2">
      {t('indicator.label', { count: mine.length, name: mine[0]!.name })}
      {mine.some((r) => r.check.changedSinceImport) && <span className="badge bg-warning text-dark ms-2">{t('list.newData')}</span>}
    </Link>
  );
}
