import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useTools } from '../api/planning-tools';
import '../../../styles/planning-tools.css';
import '../i18n';
import { ToolForm } from './tool-form';
import { ToolsTable } from './tools-table';

/** /gestione/strumenti: the planning tools, and the form of a new one. */
export function ToolsAdmin() {
  const { t } = useTranslation('planningTools');
  const tools = useTools();
  const [deleted, setDeleted] = useState<string | null>(null);
  const deletedRef = useFocusOn<HTMLParagraphElement>(deleted);
  const items = tools.data?.items ?? [];
  let list;
  if (tools.isPending) list = <LoadingState />;
  else if (tools.isError) list = <ErrorState error={tools.error} onRetry={() => void tools.refetch()} />;
  else if (!items.length) list = <EmptyState title={t('list.empty')} />;
  else list = <ToolsTable tools={items} onDeleted={setDeleted} />;
  return (
    <BackOfficePage
      title={t('list.title')}
      lead={
        <>
          {t('list.lead')} <Link to={paths.backOffice.audit({ type: 'planning_tool' })}>{t('list.auditLink')}</Link>
        </>
      }
    >
      <div className="psm-users">
        <div className="psm-users__list">
          {deleted && (
            <p ref={deletedRef} className="alert alert-success" role="status" tabIndex={-1}>
              {t('list.deleted', { code: deleted })}
            </p>
          )}
          {list}
        </div>
        <div className="psm-users__create psm-panel">
          <div className="psm-panel__body">
            <ToolForm />
          </div>
        </div>
      </div>
    </BackOfficePage>
  );
}
