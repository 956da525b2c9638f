import type { ImportRecipe } from '@psm/server/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useSources } from '../api/get-sources';
import '../i18n';
import { SourceForm } from './source-form';
import { SourceRow } from './source-row';

/** /gestione/fonti: the sources, their last check, "Controlla ora", "Aggiorna dalla fonte" and the form. */
export function SourcesList() {
  const { t } = useTranslation('sources');
  const sources = useSources();
  const [editing, setEditing] = useState<ImportRecipe | null>(null);
  let list;
  if (sources.isPending) list = <LoadingState />;
  else if (sources.isError) list = <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />;
  else if (!sources.data.items.length) list = <EmptyState title={t('list.empty')} />;
  else
    list = (
      <table className="table psm-stack-table psm-stack-table--compact">
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.indicator')}</th>
            <th scope="col">{t('list.lastCheck')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.data.items.map((r) => (
            <SourceRow key={r.id} recipe={r} onEdit={() => setEditing(r)} />
          ))}
        </tbody>
      </table>
    );
  const days = sources.data?.checkDays;
  return (
    <BackOfficePage title={t('list.title')} lead={t('list.lead')}>
      {days !== undefined && <p>{days > 0 ? t('list.schedule', { count: days }) : t('list.scheduleOff')}</p>}
      {list}
      <SourceForm key={editing?.id ?? 'new'} recipe={editing} onDone={() => setEditing(null)} />
    </BackOfficePage>
  );
}
