import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoherenceMatrix } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { matrixRows } from '../utils/matrix-rows';

/**
 * The matrix axes → strategies → actions × tools: a cell lists the codes of the linked objectives
 * (the title in an <abbr> and, on wide screens, beside the code); an action with no objective is
 * flagged in words. The table scrolls sideways inside a labelled, focusable region, first column sticky.
 */
export function CoherenceMatrixTable({ plan, matrix }: { plan: string; matrix: CoherenceMatrix }) {
  const { t } = useTranslation('coherence');
  const dataLang = useDataLang();
  const id = useId();
  const rows = matrixRows(matrix);
  const span = matrix.tools.length + 1;
  return (
    <>
      <p className="small muted" id={`${id}-hint`}>
        {t('matrixHint')}
      </p>
      <div className="coh-scroll" role="region" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-hint`} tabIndex={0}>
        <table className="coh-matrix">
          <caption id={`${id}-caption`}>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('action')}</th>
              {matrix.tools.map((tool) => (
                <th scope="col" key={tool.code}>
                  <span lang={dataLang}>{tool.name}</span>
                  {tool.period && <span className="coh-tool-period"> {tool.period}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              if (r.kind === 'axis')
                return (
                  <tr key={`a${r.code}`} className="coh-axis">
                    <th scope="colgroup" colSpan={span}>
                      {t('axisRow', { code: r.code })} – <span lang={dataLang}>{r.title}</span>
                    </th>
                  </tr>
                );
              if (r.kind === 'strategy')
                return (
                  <tr key={`s${r.code}`} className="coh-strategy">
                    <th scope="colgroup" colSpan={span}>
                      {t('strategyRow', { code: r.code })} – <span lang={dataLang}>{r.title}</span>
                    </th>
                  </tr>
                );
              return (
                <tr key={r.code} className={r.flagged ? 'coh-flagged' : undefined}>
                  <th scope="row">
                    <Link to={paths.action(plan, r.code)} className="coh-action-code">
                      {r.code}
                    </Link>{' '}
                    <span className="coh-action-title" lang={dataLang}>
                      {r.title}
                    </span>
                    {r.flagged && <span className="coh-flag">{t('flag')}</span>}
                  </th>
                  {matrix.tools.map((tool) => {
                    const objectives = r.byTool.get(tool.code) ?? [];
                    return (
                      <td key={tool.code}>
                        {objectives.length === 0 ? (
                          <>
                            <span className="muted" aria-hidden="true">
                              –
                            </span>
                            <span className="visually-hidden">{t('noObjectiveInTool')}</span>
                          </>
                        ) : (
                          <ul className="coh-objectives">
                            {objectives.map((o) => (
                              <li key={o.code}>
                                <abbr title={o.title}>{o.code}</abbr>
                                <span className="coh-objective-title" lang={dataLang}>
                                  {' '}
                                  {o.title}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
