import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectiveNode, ToolDetail } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useDeleteObjective } from '../api/planning-tools';
import '../i18n';
import { flatten, selfAndBelow } from '../utils/tree';
import { ObjectiveForm } from './objective-form';

type Open = { mode: 'edit' | 'child' | 'delete'; code: string } | null;

/**
 * The tool's objectives as a nested list; each objective has buttons to edit it (code, title, parent:
 * a move), add a sub-objective, delete it (after a confirmation) and open its history. One inline form at a time.
 */
export function ObjectiveTree({ tool, onMessage }: { tool: ToolDetail; onMessage: (message: string) => void }) {
  const { t } = useTranslation('planningTools');
  const [open, setOpen] = useState<Open>(null);
  const remove = useDeleteObjective();
  const [attempt, setAttempt] = useState(0);
  const confirmRef = useFocusOn<HTMLParagraphElement>(open?.mode === 'delete' ? open.code : null);
  const flat = flatten(tool.objectives);
  const close = () => setOpen(null);

  const node = (n: ObjectiveNode, parent: string | null) => {
    const isOpen = (mode: 'edit' | 'child' | 'delete') => open?.mode === mode && open.code === n.code;
    return (
      <li key={n.code} className="pt-tree__item">
        <div className="pt-tree__row">
          <span className="pt-tree__text">
            <code className="pt-tree__code">{n.code}</code> {n.title}{' '}
            <span className="small muted">({t('editor.actions', { count: n.actions.length })})</span>
          </span>
          <span className="psm-bo-form__actions">
            <button type="button" className="btn btn-outline-primary btn-sm" aria-label={t('editor.editLabel', { code: n.code })} aria-expanded={isOpen('edit')} onClick={() => setOpen(isOpen('edit') ? null : { mode: 'edit', code: n.code })}>
              {t('editor.edit')}
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" aria-label={t('editor.addChildLabel', { code: n.code })} aria-expanded={isOpen('child')} onClick={() => setOpen(isOpen('child') ? null : { mode: 'child', code: n.code })}>
              {t('editor.addChild')}
            </button>
            <button type="button" className="btn btn-outline-danger btn-sm" aria-label={t('editor.deleteLabel', { code: n.code })} onClick={() => setOpen({ mode: 'delete', code: n.code })}>
              {t('editor.delete')}
            </button>
            <HistoryLink type="planning_objective" id={`${tool.code}/${n.code}`} name={`${tool.code} ${n.code}`} />
          </span>
        </div>
        {isOpen('delete') && (
          <div className="psm-confirm">
            <p ref={confirmRef} tabIndex={-1} role="alert">
              {n.children.length ? t('editor.hasChildren') : t('editor.confirmDelete', { code: n.code, count: n.actions.length })}
            </p>
            <WriteError error={remove.error} attempt={attempt} />
            <div className="psm-bo-form__actions">
              {!n.children.length && (
                <button
                  type="button"
                  className="btn btn-danger btn-sm"
                  disabled={remove.isPending}
                  onClick={() => {
                    setAttempt((a) => a + 1);
                    remove.mutate(
                      { tool: tool.code, code: n.code },
                      {
                        onSuccess: () => {
                          close();
                          onMessage(t('editor.objectiveDeleted', { code: n.code }));
                        },
                      },
                    );
                  }}
                >
                  {t('editor.confirm')}
                </button>
              )}
              <button type="button" className="btn btn-outline-secondary btn-sm" onClick={close}>
                {t('editor.cancel')}
              </button>
            </div>
          </div>
        )}
        {isOpen('edit') && (
          <ObjectiveForm
            tool={tool.code}
            mode="edit"
            id={`obj-edit-${n.code.replace(/[^A-Za-z0-9_-]/g, '_')}`}
            title={t('objective.editTitle', { code: n.code })}
            initial={{ code: n.code, title: n.title, parent: parent ?? '' }}
            current={n.code}
            parents={flat.filter((f) => !selfAndBelow(tool.objectives, n.code).has(f.code))}
            onDone={(code) => {
              close();
              onMessage(t('editor.objectiveSaved', { code }));
            }}
            onCancel={close}
          />
        )}
        {isOpen('child') && (
          <ObjectiveForm
            tool={tool.code}
            mode="new"
            id={`obj-child-${n.code.replace(/[^A-Za-z0-9_-]/g, '_')}`}
            title={t('objective.childTitle', { code: n.code })}
            initial={{ code: '', title: '', parent: n.code }}
            parents={flat}
            onDone={(code) => {
              close();
              onMessage(t('editor.objectiveSaved', { code }));
            }}
            onCancel={close}
          />
        )}
        {n.children.length > 0 && <ul className="pt-tree">{n.children.map((c) => node(c, n.code))}</ul>}
      </li>
    );
  };

  return tool.objectives.length ? (
    <ul className="pt-tree pt-tree--root" aria-label={t('editor.treeLabel', { name: tool.name })}>
      {tool.objectives.map((n) => node(n, null))}
    </ul>
  ) : (
    <p className="muted">{t('editor.treeEmpty')}</p>
  );
}
