import { useTranslation } from 'react-i18next';
import type { ActionRegisterResult, BodyRole } from '@psm/server/contract';
import { BODY_ROLES } from '@psm/server/contract/values';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import '../i18n';
import { countText } from '../../../lib/count-text';

const isBodyRole = (v: string): v is BodyRole => (BODY_ROLES as readonly string[]).includes(v);

type FieldKey = 'office' | 'responsibleUser' | 'bodyRole' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'weight' | 'zones' | 'partners' | 'fundings' | 'milestones';

/** What the register changes (dry run) or changed: a table of each action's fields, before → after. */
export function RegisterResult({ plan, result }: { plan: string; result: ActionRegisterResult }) {
  const { t } = useTranslation('actionAdmin');
  const changed = result.actions.filter((a) => a.outcome === 'updated');
  const value = (field: string, v: string | null) => {
    if (v === null) return <span className="muted">{t('register.empty')}</span>;
    return field === 'bodyRole' && isBodyRole(v) ? t(`form.roles.${v}`) : v;
  };
  return (
    <section className={`alert ${result.dryRun ? 'alert-info' : 'alert-success'}`} aria-labelledby="register-result-title">
      <h2 id="register-result-title" className="h4">
        {result.dryRun ? t('register.previewTitle') : t('register.doneTitle')}
      </h2>
      <p>
        {result.dryRun
          ? t('register.summary', { updated: countText('actionsToUpdate', result.updated), unchanged: countText('withoutChanges', result.unchanged), rows: countText('rowsInFile', result.file.rows) })
          : t('register.doneSummary', { updated: countText('actionsUpdated', result.updated), unchanged: countText('withoutChanges', result.unchanged) })}
      </p>
      {changed.length ? (
        <div className="table-responsive">
          <table className="table table-sm bod-table">
            <caption>{t('register.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('register.row')}</th>
                <th scope="col">{t('list.action')}</th>
                <th scope="col">{t('register.field')}</th>
                <th scope="col">{t('register.before')}</th>
                <th scope="col">{t('register.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.flatMap((a) =>
                a.changes.map((c, i) => (
                  <tr key={`${a.code}-${c.field}`}>
                    {i === 0 && (
                      <>
                        <td rowSpan={a.changes.length}>{a.row}</td>
                        <th scope="rowgroup" rowSpan={a.changes.length}>
                          {result.dryRun ? a.code : <Link to={paths.action(plan, a.code)}>{a.code}</Link>} <span lang="it">{a.title}</span>
                        </th>
                      </>
                    )}
                    <td>{t(`register.fields.${c.field as FieldKey}`)}</td>
                    <td>{value(c.field, c.before)}</td>
                    <td>{value(c.field, c.after)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mb-0">{t('register.noChanges')}</p>
      )}
    </section>
  );
}
