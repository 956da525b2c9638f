import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionObjective, ObjectiveSearchResult } from '@psm/server/contract';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { HistoryLink } from '../../../components/back-office/history-link';
import { WriteError } from '../../../components/forms/write-error';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import '../../../styles/planning-tools.css';
import { useActionForObjectives, useObjectiveSearch, useSetActionObjectives } from '../api/planning-tools';
import '../i18n';

type Result = ObjectiveSearchResult['items'][number];

/** The search results grouped by tool, in the order the server ranks them (the first hit's tool first). */
export function groupResults(items: readonly Result[]): { tool: string; toolName: string; items: Result[] }[] {
  const groups = new Map<string, { tool: string; toolName: string; items: Result[] }>();
  for (const r of items) {
    const g = groups.get(r.tool) ?? { tool: r.tool, toolName: r.toolName, items: [] };
    g.items.push(r);
    groups.set(r.tool, g);
  }
  return [...groups.values()];
}

const key = (o: { tool: string; code: string }) => `${o.tool} ${o.code}`;

/** /gestione/piani/:plan/azioni/:code/obiettivi: the action's objectives, with a search across tools to add more; each change is one PUT. */
export function ActionObjectivesPanel({ plan, code }: { plan: string; code: string }) {
  const { t } = useTranslation('planningTools');
  const action = useActionForObjectives(plan, code);
  const save = useSetActionObjectives();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q.trim());
  const search = useObjectiveSearch(deferred);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const searchId = useId();
  const dataLang = useDataLang();

  if (!action.data)
    return (
      <BackOfficePage title={t('links.title', { code })}>
        {action.isError ? <ErrorState error={action.error} onRetry={() => void action.refetch()} /> : <LoadingState />}
      </BackOfficePage>
    );
  const current = action.data.objectives;
  const linked = new Set(current.map(key));
  const put = (next: { tool: string; code: string; note: string | null }[], done: string) => {
    setAttempt((a) => a + 1);
    setMessage(null);
    save.mutate(
      { plan, code, body: { objectives: next.map((o) => ({ tool: o.tool, objective: o.code, note: o.note })) } },
      { onSuccess: () => void action.refetch().then(() => setMessage(done)) },
    );
  };
  const add = (r: Result) => put([...current, { tool: r.tool, code: r.code, note: null }], t('links.added', { tool: r.toolName, code: r.code }));
  const remove = (o: ActionObjective) => put(current.filter((c) => key(c) !== key(o)), t('links.removed', { tool: o.toolName, code: o.code }));
  const results = search.data?.items ?? [];

  return (
    <BackOfficePage
      title={t('links.title', { code })}
      lead={
        <>
          {t('links.lead')} <Link to={paths.action(plan, code)}>{t('links.publicLink')}</Link> ·{' '}
          <Link to={paths.backOffice.planningTools()}>{t('links.toolsLink')}</Link>
        </>
      }
    >
      <p className="pt-action-title" lang={dataLang}>
        {action.data.title}
      </p>
      <p>
        <HistoryLink type="action_objectives" id={`${plan}/${code}`} name={t('links.title', { code })} />
      </p>
      <WriteError error={save.error} attempt={attempt} />
      <p role="status" className={message ? 'alert alert-success' : 'visually-hidden'}>
        {message}
      </p>
      <section aria-labelledby="pt-current-title">
        <h2 id="pt-current-title" className="h4">
          {t('links.current')} <span className="muted small">({current.length})</span>
        </h2>
        {current.length === 0 ? (
          <p className="muted">{t('links.none')}</p>
        ) : (
          <ul className="pt-links">
            {current.map((o) => (
              <li key={key(o)}>
                <span className="pt-links__text">
                  <strong>{o.toolName}</strong> · <code>{o.code}</code> {o.title}
                </span>
                <button type="button" className="btn btn-outline-danger btn-sm" disabled={save.isPending} aria-label={t('links.removeLabel', { tool: o.toolName, code: o.code })} onClick={() => remove(o)}>
                  {t('links.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pt-search-title" className="pt-objectives">
        <h2 id="pt-search-title" className="h4">
          {t('links.addTitle')}
        </h2>
        <div className="psm-field" role="search">
          <label htmlFor={searchId} className="psm-field__label">
            {t('links.search')}
          </label>
          <p id={`${searchId}-hint`} className="psm-field__hint">
            {t('links.searchHint')}
          </p>
          <input id={searchId} aria-describedby={`${searchId}-hint`} className="form-control" type="search" autoComplete="off" spellCheck={false} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        {deferred && (
          <div aria-live="polite">
            {search.isError ? (
              <ErrorState error={search.error} onRetry={() => void search.refetch()} />
            ) : search.isPending ? (
              <LoadingState />
            ) : results.length === 0 ? (
              <p className="muted">{t('links.noResults', { q: deferred })}</p>
            ) : (
              <>
                <p className="small">{t('links.resultsCount', { count: results.length })}</p>
                {groupResults(results).map((g) => (
                  <div key={g.tool}>
                    <h3 className="h6">{g.toolName}</h3>
                    <ul className="pt-links">
                      {g.items.map((r) => (
                        <li key={key(r)}>
                          <span className="pt-links__text">
                            <code>{r.code}</code> {r.title}
                          </span>
                          {linked.has(key(r)) ? (
                            <span className="small muted">{t('links.linked')}</span>
                          ) : (
                            <button type="button" className="btn btn-outline-primary btn-sm" disabled={save.isPending} aria-label={t('links.addLabel', { tool: g.toolName, code: r.code })} onClick={() => add(r)}>
                              {t('links.add')}
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            )}
          </div>
        )}
      </section>
    </BackOfficePage>
  );
}
