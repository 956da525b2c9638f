import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { newestPlan, usePlans } from '../../../lib/api/get-plans';
import { usePlanActions } from '../api/action-register';
import '../i18n';
import { adminPaths } from '../utils/admin-paths';

function PlanActions({ plan }: { plan: string }) {
  const { t } = useTranslation('actionAdmin');
  const actions = usePlanActions(plan);
  if (actions.isPending) return <LoadingState />;
  if (actions.isError) return <ErrorState error={actions.error} onRetry={() => void actions.refetch()} />;
  return (
    <div className="table-responsive">
      <table className="table table-sm bod-table">
        <caption>{t('list.caption', { plan })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.code')}</th>
            <th scope="col">{t('list.action')}</th>
            <th scope="col">{t('list.office')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.data.items.map((a) => (
            <tr key={a.code}>
              <td>{a.code}</td>
              <th scope="row" lang="it">
                {a.title}
              </th>
              <td>{a.office ? `${a.office.name} (${a.office.code})` : <span className="muted">{t('list.none')}</span>}</td>
              <td>
                <Link to={adminPaths.details(plan, a.code)}>
                  {t('list.edit')}
                  <span className="visually-hidden"> {t('list.editOf', { code: a.code })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /gestione/dettagli-azioni?piano=…: the plan's actions, each with "Modifica dettagli", and the way to the register. */
export function ActionAdminList() {
  const { t } = useTranslation('actionAdmin');
  const plans = usePlans();
  const [params, setParams] = useSearchParams();
  const items = plans.data?.items ?? [];
  const plan = params.get('piano') ?? newestPlan(items) ?? '';
  return (
    <BackOfficePage title={t('list.title')} lead={t('list.lead')}>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <>
          <div className="psm-field">
            <label htmlFor="admin-plan" className="psm-field__label">
              {t('list.plan')}
            </label>
            <select
              id="admin-plan"
              className="form-select psm-bo-narrow"
              value={plan}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('piano', e.target.value);
                setParams(next);
              }}
            >
              {items.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          {plan && (
            <>
              <p>
                <Link to={adminPaths.register(plan)} className="btn btn-outline-primary">
                  {t('list.register')}
                </Link>
              </p>
              <PlanActions plan={plan} />
            </>
          )}
        </>
      )}
    </BackOfficePage>
  );
}
