import { useTranslation } from 'react-i18next';
import '../i18n';
import { FormField } from '../../../components/forms/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { useUrlState } from '../../../i18n/url-state';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { usePlans } from '../../../lib/api/get-plans';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';

/** "Collegamenti alle strategie": the strategies of a plan, each with its linked indicators and a link to edit them. */
export function StrategyLinksIndex() {
  const { t } = useTranslation('indicatorAdmin');
  const plans = usePlans();
  const [state, setState] = useUrlState({ piano: '' });
  const plan = state.piano || plans.data?.items[0]?.code || null;
  const tree = usePlanTree(plan ?? '', { fresh: true });
  return (
    <section className="links-index" aria-labelledby="links-index-heading">
      <h2 id="links-index-heading" className="h4">
        {t('links.heading')}
      </h2>
      <p className="bod-help">{t('links.intro')}</p>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : !plans.data.items.length ? (
        <EmptyState title={t('links.noPlans')} />
      ) : (
        <>
          <FormField variant="data" id="links-plan" label={t('links.plan')} className="links-index__plan">
            {(control) => (
              <select {...control} className="form-select" value={plan ?? ''} onChange={(e) => setState({ piano: e.target.value })}>
                {plans.data.items.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {tree.isPending ? (
            <LoadingState />
          ) : tree.isError ? (
            <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
          ) : (
            (() => {
              const strategies = tree.data.axes.flatMap((a) => a.strategies);
              if (!strategies.length) return <EmptyState title={t('links.noStrategies')} />;
              return (
                <div className="table-responsive" tabIndex={0} role="region" aria-label={t('links.caption')}>
                  <table className="table table-sm bod-table">
                    <caption className="visually-hidden">{t('links.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('links.strategy')}</th>
                        <th scope="col" className="bod-num">
                          {t('links.indicators')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {strategies.map((s) => (
                        <tr key={s.code}>
                          <td>
                            <Link to={paths.backOffice.strategyLinks(plan!, s.code)}>
                              <span className="bod-code">{s.code}</span> {s.title}
                            </Link>
                          </td>
                          <td className="bod-num">{formatNumber(s.indicatorCount, 0)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            })()
          )}
        </>
      )}
    </section>
  );
}
