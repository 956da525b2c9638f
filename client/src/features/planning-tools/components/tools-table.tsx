import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToolSummary } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import { WriteError } from '../../../components/forms/write-error';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useDeleteTool } from '../api/planning-tools';
import '../i18n';
import { countText } from '../../../lib/count-text';

/** Every tool with its counts; each row opens the editor, deletes (after a confirmation counting what goes) and shows its history. */
export function ToolsTable({ tools, onDeleted }: { tools: ToolSummary[]; onDeleted: (code: string) => void }) {
  const { t } = useTranslation('planningTools');
  const remove = useDeleteTool();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const confirmRef = useFocusOn<HTMLParagraphElement>(confirming);
  const cols = { code: t('list.code'), name: t('list.name'), kind: t('list.kind'), period: t('list.period'), url: t('list.url'), objectives: t('list.objectives'), operations: t('list.operations') };
  const none = <span className="muted">{t('list.none')}</span>;
  return (
    <>
      <WriteError error={remove.error} attempt={attempt} />
      <table className="table psm-stack-table psm-stack-table--compact psm-users-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            {Object.values(cols).map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tools.map((tool) => (
            <tr key={tool.code}>
              <th scope="row" data-label={cols.code}>
                <code>{tool.code}</code>
              </th>
              <td data-label={cols.name}>{tool.name}</td>
              <td data-label={cols.kind}>{t(`kinds.${tool.kind}`)}</td>
              <td data-label={cols.period}>{tool.period ?? none}</td>
              <td data-label={cols.url} className="psm-users-table__email">
                {tool.url ? (
                  <a href={tool.url} rel="noopener noreferrer">
                    {tool.url}
                  </a>
                ) : (
                  none
                )}
              </td>
              <td data-label={cols.objectives}>{t('list.objectivesCount', { count: tool.objectiveCount, linked: tool.linkedObjectiveCount })}</td>
              <td data-label={cols.operations}>
                <div className="psm-bo-form__actions">
                  <Link to={paths.backOffice.planningTool(tool.code)} className="btn btn-outline-primary btn-sm" aria-label={t('list.editLabel', { name: tool.name })}>
                    {t('list.edit')}
                  </Link>
                  <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setConfirming(tool.code)} aria-label={t('list.deleteLabel', { name: tool.name })}>
                    {t('list.delete')}
                  </button>
                  <HistoryLink type="planning_tool" id={tool.code} name={tool.name} />
                </div>
                {confirming === tool.code && (
                  <div className="psm-confirm">
                    <p ref={confirmRef} tabIndex={-1} role="alert">
                      {t('list.confirmDelete', { name: tool.name, objectives: countText('objectives', tool.objectiveCount), links: countText('links', tool.linkCount) })}
                    </p>
                    <div className="psm-bo-form__actions">
                      <button
                        type="button"
                        className="btn btn-danger btn-sm"
                        disabled={remove.isPending}
                        onClick={() => {
                          setAttempt((a) => a + 1);
                          remove.mutate(tool.code, {
                            onSuccess: () => {
                              setConfirming(null);
                              onDeleted(tool.code);
                            },
                          });
                        }}
                      >
                        {t('list.confirm')}
                      </button>
                      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirming(null)}>
                        {t('list.cancel')}
                      </button>
                    </div>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
