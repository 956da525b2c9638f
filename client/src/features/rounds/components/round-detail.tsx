import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { HistoryLink } from '../../../components/back-office/history-link';
import { WriteError } from '../../../components/forms/write-error';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { usePlans } from '../../../lib/api/get-plans';
import { formatDate, formatDateTime, formatPercent } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRound } from '../api/get-rounds';
import { useCloseRound, useResendRound } from '../api/round-writes';
import '../i18n';
import { NoMailBanner } from './no-mail-banner';
import { ProgressCell } from './progress-cell';
import { ManagerProgress, OfficeProgress, RoundJobs } from './round-tables';

/** /gestione/rilevazioni/:id?piano=: who has reported and who has not, the e-mails, resend and close. */
export function RoundDetailView({ plan, id }: { plan: string; id: number }) {
  const { t } = useTranslation('rounds');
  const round = useRound(plan, id);
  const planTitle = usePlans().data?.items.find((p) => p.code === plan)?.title ?? plan;
  const resend = useResendRound();
  const close = useCloseRound();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const crumbs = [{ label: t('detail.crumb'), to: paths.backOffice.rounds(plan) }];
  if (round.isPending) return <LoadingState />;
  if (round.isError) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const percent = formatPercent(r.actions ? (r.reported / r.actions) * 100 : 100, 0);
  const late = r.managers.filter((m) => m.notReported > 0).length;
  const sendAgain = async (userId?: number) => {
    setNotice(null);
    setAttempt((a) => a + 1);
    const res = await resend.mutateAsync({ plan, id, userId }).catch(() => null);
    if (res) setNotice(t('detail.resent', { count: res.recipients }));
  };
  const doClose = async () => {
    setAttempt((a) => a + 1);
    await close.mutateAsync({ plan, id }).catch(() => null);
    setConfirming(false);
  };
  const lead = (
    <>
      {r.closedAt
        ? t('detail.closedLead', { plan: planTitle, deadline: formatDate(r.deadline), closed: formatDate(r.closedAt) })
        : t('detail.lead', { plan: planTitle, deadline: formatDate(r.deadline), reminder: formatDateTime(r.reminderAt) })}{' '}
      <HistoryLink type="reporting_round" id={id} name={t('detail.title', { period: r.period })} />
    </>
  );
  return (
    <BackOfficePage title={t('detail.title', { period: r.period })} crumbs={crumbs} lead={lead}>
      {!r.mailConfigured && <NoMailBanner />}
      <section className="psm-panel mb-4" aria-labelledby="round-summary">
        <div className="psm-panel__body">
          <h2 id="round-summary" className="h5">
            {t('detail.summary', { count: r.reported, actions: r.actions, percent })}
          </h2>
          <ProgressCell reported={r.reported} actions={r.actions} />
          {late === 0 && r.managers.length > 0 && <p className="mt-2 mb-0">{t('detail.complete')}</p>}
          {r.unassigned > 0 && <p className="mt-2 mb-0">{t('detail.unassigned', { count: r.unassigned })}</p>}
          {r.closedAt && <p className="mt-2 mb-0">{t('detail.closedNote')}</p>}
        </div>
      </section>
      <WriteError error={resend.error ?? close.error} attempt={attempt} />
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {!r.closedAt && (
        <div className="d-flex flex-wrap gap-2 mb-4">
          {late > 0 && (
            <button type="button" className="btn btn-primary" disabled={resend.isPending} onClick={() => void sendAgain()}>
              {t('detail.resendAll')}
            </button>
          )}
          {!confirming && (
            <button type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
              {t('detail.close')}
            </button>
          )}
          <button type="button" className="btn btn-outline-secondary" onClick={() => void round.refetch()}>
            {t('detail.refresh')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby="close-round-text">
          <p id="close-round-text">{t('detail.closeConfirm')}</p>
          <button type="button" className="btn btn-danger me-2" disabled={close.isPending} onClick={() => void doClose()}>
            {t('detail.closeYes')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
            {t('detail.cancel')}
          </button>
        </div>
      )}
      <h2 className="h4">{t('detail.managers')}</h2>
      <ManagerProgress round={r} onResend={(userId) => void sendAgain(userId)} busy={resend.isPending} />
      <h2 className="h4">{t('detail.offices')}</h2>
      <OfficeProgress round={r} />
      <h2 className="h4">{t('detail.jobs')}</h2>
      <RoundJobs round={r} />
    </BackOfficePage>
  );
}
