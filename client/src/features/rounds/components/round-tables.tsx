import type { RoundDetail } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime, localToday } from '../../../lib/format';
import '../i18n';
import { MailOutcome } from './mail-outcome';
import { ProgressCell } from './progress-cell';

/** Actions, reported and not, per office (actions without an office last). */
export function OfficeProgress({ round }: { round: RoundDetail }) {
  const { t } = useTranslation('rounds');
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-round-table">
      <caption>{t('detail.officesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.office')}</th>
          <th scope="col" className="text-end">{t('detail.actions')}</th>
          <th scope="col" className="text-end">{t('detail.reported')}</th>
          <th scope="col" className="text-end">{t('detail.notReported')}</th>
          <th scope="col">{t('detail.bar')}</th>
        </tr>
      </thead>
      <tbody>
        {round.offices.map((o) => (
          <tr key={o.code ?? '-'}>
            <th scope="row" data-label={t('detail.office')}>
              {o.code ? `${o.name} (${o.code})` : t('detail.noOffice')}
            </th>
            <td className="text-end" data-label={t('detail.actions')}>{o.actions}</td>
            <td className="text-end" data-label={t('detail.reported')}>{o.reported}</td>
            <td className="text-end" data-label={t('detail.notReported')}>{o.notReported}</td>
            <td data-label={t('detail.bar')}>
              <ProgressCell reported={o.reported} actions={o.actions} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ManagerProps = { round: RoundDetail; onResend: (userId: number) => void; busy: boolean };

/** Per manager: counts, what is missing, the last e-mail and "Reinvia" for those who are late. */
export function ManagerProgress({ round, onResend, busy }: ManagerProps) {
  const { t } = useTranslation('rounds');
  const open = !round.closedAt;
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-round-table psm-round-managers">
      <caption>{t('detail.managersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.manager')}</th>
          <th scope="col" className="text-end">{t('detail.actions')}</th>
          <th scope="col" className="text-end">{t('detail.reported')}</th>
          <th scope="col">{t('detail.notReported')}</th>
          <th scope="col">{t('detail.lastMail')}</th>
          {open && <th scope="col"><span className="visually-hidden">{t('detail.resend')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {round.managers.map((m) => {
          const name = m.name ?? m.email;
          const late = m.notReported > 0;
          return (
            <tr key={m.userId} className={late ? 'psm-round-late' : undefined}>
              <th scope="row" data-label={t('detail.manager')}>
                {name}
                <br />
                <small>
                  {m.email}
                  {m.office ? ` · ${m.office}` : ''}
                </small>
                {late &&
                  (round.deadline < localToday() ? (
                    <span className="badge bg-danger ms-2">{t('detail.late')}</span>
                  ) : (
                    <span className="badge psm-badge-todo ms-2">{t('detail.toUpdate')}</span>
                  ))}
              </th>
              <td className="text-end" data-label={t('detail.actions')}>{m.actions}</td>
              <td className="text-end" data-label={t('detail.reported')}>{m.reported}</td>
              <td data-label={t('detail.notReported')}>
                {m.notReported}
                {late && <div><small>{t('detail.missing', { codes: m.missing.map((a) => a.code).join(', ') })}</small></div>}
              </td>
              <td data-label={t('detail.lastMail')}>
                <MailOutcome mail={m.lastMail} />
              </td>
              {open && (
                <td>
                  {late && (
                    <button type="button" className="btn btn-outline-primary btn-sm" disabled={busy} onClick={() => onResend(m.userId)} aria-label={t('detail.resendTo', { name })}>
                      {t('detail.resend')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The round's mailings: the opening digest, the reminder, the resends, with their state. */
export function RoundJobs({ round }: { round: RoundDetail }) {
  const { t } = useTranslation('rounds');
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-round-table">
      <caption>{t('detail.jobsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.jobKind')}</th>
          <th scope="col">{t('detail.jobWhen')}</th>
          <th scope="col">{t('detail.jobStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {round.jobs.map((j, i) => (
          <tr key={i}>
            <th scope="row" data-label={t('detail.jobKind')}>{t(`kind.${j.kind}`)}</th>
            <td data-label={t('detail.jobWhen')}>{formatDateTime(j.runAt)}</td>
            <td data-label={t('detail.jobStatus')}>
              {t(`job.${j.status as 'queued'}`, { defaultValue: j.status })}
              {j.lastError && <div><small className="text-danger">{j.lastError}</small></div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
