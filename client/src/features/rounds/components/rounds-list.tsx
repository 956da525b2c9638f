import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { FormField } from '../../../components/forms/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { newestPlan, usePlans } from '../../../lib/api/get-plans';
import { formatDate, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRounds } from '../api/get-rounds';
import '../i18n';
import { NoMailBanner } from './no-mail-banner';
import { ProgressCell } from './progress-cell';
import { RoundCreateForm } from './round-create-form';

/** /gestione/rilevazioni?piano=: the plan's rounds and the form to open one. */
export function RoundsList() {
  const { t } = useTranslation('rounds');
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const plan = params.get('piano') || (plans.data ? newestPlan(plans.data.items) : null);
  const rounds = useRounds(plan);
  let list;
  if (!plan || rounds.isPending) list = <LoadingState />;
  else if (rounds.isError) list = <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />;
  else if (!rounds.data.items.length) list = <EmptyState title={t('list.empty')} />;
  else
    list = (
      <table className="table psm-stack-table psm-stack-table--compact psm-round-table">
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.period')}</th>
            <th scope="col">{t('list.deadline')}</th>
            <th scope="col">{t('list.progress')}</th>
            <th scope="col">{t('list.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.data.items.map((r) => (
            <tr key={r.id}>
              <th scope="row" data-label={t('list.period')}>
                <Link to={paths.backOffice.round(r.plan, r.id)}>
                  {r.period} <span className="visually-hidden">({formatPeriod(r.period)})</span>
                </Link>
              </th>
              <td data-label={t('list.deadline')}>{formatDate(r.deadline)}</td>
              <td data-label={t('list.progress')}>
                {r.reported} / {r.actions}
                <ProgressCell reported={r.reported} actions={r.actions} />
              </td>
              <td data-label={t('list.state')}>{r.closedAt ? t('list.closed', { date: formatDate(r.closedAt) }) : t('list.open')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <BackOfficePage title={t('list.title')} lead={t('list.lead')}>
      {rounds.data && !rounds.data.mailConfigured && <NoMailBanner />}
      <div className="psm-users">
        <div className="psm-users__list">
          {plans.data && plans.data.items.length > 1 && (
            <FormField id="rounds-plan" label={t('list.plan')}>
              {(p) => (
                <select
                  {...p}
                  className="form-select mb-3"
                  value={plan ?? ''}
                  onChange={(e) =>
                    setParams((prev) => {
                      const next = new URLSearchParams(prev);
                      next.set('piano', e.target.value);
                      return next;
                    })
                  }
                >
                  {plans.data.items.map((pl) => (
                    <option key={pl.code} value={pl.code}>
                      {pl.title}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          {list}
        </div>
        <div className="psm-users__create psm-panel">
          <div className="psm-panel__body">{plan && rounds.data && <RoundCreateForm key={plan} plan={plan} defaultReminderDays={rounds.data.defaultReminderDays} />}</div>
        </div>
      </div>
    </BackOfficePage>
  );
}
