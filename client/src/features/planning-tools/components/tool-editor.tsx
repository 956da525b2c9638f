import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { HistoryLink } from '../../../components/back-office/history-link';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link, useLangNavigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import '../../../styles/planning-tools.css';
import { useTool } from '../api/planning-tools';
import '../i18n';
import { flatten } from '../utils/tree';
import { ObjectiveForm } from './objective-form';
import { ObjectiveTree } from './objective-tree';
import { ToolForm } from './tool-form';

/** /gestione/strumenti/:code: the tool's data and its objective tree. */
export function ToolEditor({ code }: { code: string }) {
  const { t } = useTranslation('planningTools');
  const query = useTool(code);
  const navigate = useLangNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useFocusOn<HTMLParagraphElement>(message);
  const tool = query.data;
  const crumbs = [{ label: t('list.title'), to: paths.backOffice.planningTools() }];
  if (!tool)
    return (
      <BackOfficePage title={code} crumbs={crumbs}>
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <LoadingState />}
      </BackOfficePage>
    );
  return (
    <BackOfficePage
      title={tool.name}
      crumbs={crumbs}
      lead={
        <>
          {t('editor.lead')} <Link to={paths.backOffice.planningTools()}>{t('editor.back')}</Link>
        </>
      }
    >
      <p>
        <HistoryLink type="planning_tool" id={tool.code} name={tool.name} />
      </p>
      <div className="psm-panel">
        <div className="psm-panel__body">
          <ToolForm
            key={`${tool.code}-${tool.name}-${tool.kind}-${tool.period}-${tool.url}`}
            code={tool.code}
            initial={{ code: tool.code, kind: tool.kind, name: tool.name, period: tool.period ?? '', url: tool.url ?? '' }}
            onSaved={(saved) => {
              if (saved !== tool.code) navigate(paths.backOffice.planningTool(saved), { replace: true });
            }}
          />
        </div>
      </div>
      <section className="pt-objectives" aria-labelledby="pt-objectives-title">
        <h2 id="pt-objectives-title" className="h4">
          {t('editor.tree')} <span className="muted small">({tool.objectiveCount})</span>
        </h2>
        {message && (
          <p ref={messageRef} className="alert alert-success" role="status" tabIndex={-1}>
            {message}
          </p>
        )}
        <ObjectiveTree tool={tool} onMessage={setMessage} />
        <div className="psm-panel pt-new-objective">
          <div className="psm-panel__body">
            <ObjectiveForm
              tool={tool.code}
              mode="new"
              id="obj-new"
              title={t('editor.addTop')}
              initial={{ code: '', title: '', parent: '' }}
              parents={flatten(tool.objectives)}
              onDone={(saved) => setMessage(t('editor.objectiveSaved', { code: saved }))}
            />
          </div>
        </div>
      </section>
    </BackOfficePage>
  );
}
