import { useTranslation } from 'react-i18next';
import type { ActionObjective } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { hasRole, useSession } from '../../../lib/session';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { ExternalLink } from './evidence-link';

/** The objectives grouped by tool, in the order the server gives (tool, then objective code). */
export function groupByTool(objectives: readonly ActionObjective[]): { tool: string; name: string; url: string | null; items: ActionObjective[] }[] {
  const groups = new Map<string, { tool: string; name: string; url: string | null; items: ActionObjective[] }>();
  for (const o of objectives) {
    const g = groups.get(o.tool) ?? { tool: o.tool, name: o.toolName, url: o.toolUrl, items: [] };
    g.items.push(o);
    groups.set(o.tool, g);
  }
  return [...groups.values()];
}

/** "Coerenza con gli strumenti di pianificazione": the objectives the action serves, by tool; admins get a link to change them. */
export function ActionObjectives({ plan, code, objectives }: { plan: string; code: string; objectives: readonly ActionObjective[] }) {
  const { t } = useTranslation('actions');
  const admin = hasRole(useSession().data, 'admin');
  const dataLang = useDataLang();
  return (
    <section className="act-section" aria-labelledby="act-objectives-title">
      <h2 id="act-objectives-title">{t('detail.objectives')}</h2>
      {objectives.length === 0 ? (
        <p className="muted">{t('detail.noObjectives')}</p>
      ) : (
        <>
          <p className="small muted">{t('detail.objectivesIntro')}</p>
          {groupByTool(objectives).map((g) => (
            <div key={g.tool} className="act-objectives">
              <h3 className="h6">
                {g.url ? (
                  <ExternalLink href={g.url}>
                    <span lang={dataLang}>{g.name}</span>
                  </ExternalLink>
                ) : (
                  <span lang={dataLang}>{g.name}</span>
                )}
              </h3>
              <ul>
                {g.items.map((o) => (
                  <li key={o.code}>
                    <span className="act-mono">{o.code}</span> <span lang={dataLang}>{o.title}</span>
                    {o.note && (
                      <span className="small muted">
                        {' '}
                        ({t('detail.objectiveNote')}: {o.note})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <p className="small">
        <Link to={paths.coherence(plan)}>{t('detail.coherenceLink')}</Link>
        {admin && (
          <>
            {' · '}
            <Link to={paths.backOffice.actionObjectives(plan, code)}>{t('detail.manageObjectives')}</Link>
          </>
        )}
      </p>
    </section>
  );
}
