import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import '../i18n';
import type { ActionDetail } from '../types';
import { dayGap } from '../utils/dates';

function DateCell({ iso }: { iso: string | null }) {
  const { t } = useTranslation('actions');
  return iso ? <>{formatDate(iso)}</> : <span className="muted">{t('shared.notAvailable')}</span>;
}

/** Planned against actual start and end, with the gap in days written in words. */
export function ActionDates({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('actions');
  const gapText = (phase: 'start' | 'end', planned: string | null, actual: string | null) => {
    const gap = dayGap(planned, actual);
    if (gap === null) return <span className="muted">{t('shared.notAvailable')}</span>;
    if (gap === 0) return t(phase === 'start' ? 'detail.startOnTime' : 'detail.endOnTime');
    const count = Math.abs(gap);
    if (phase === 'start') return gap > 0 ? t('detail.startLate', { count }) : t('detail.startEarly', { count });
    return gap > 0 ? t('detail.endLate', { count }) : t('detail.endEarly', { count });
  };
  const rows = [
    { key: 'start' as const, label: t('detail.start'), planned: action.plannedStart, actual: action.actualStart },
    { key: 'end' as const, label: t('detail.end'), planned: action.plannedEnd, actual: action.actualEnd },
  ];
  return (
    <table className="table act-stack-table act-dates">
      <caption className="visually-hidden">{t('detail.datesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.phase')}</th>
          <th scope="col">{t('detail.planned')}</th>
          <th scope="col">{t('detail.actual')}</th>
          <th scope="col">{t('detail.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td data-label={t('detail.planned')}>
              <DateCell iso={r.planned} />
            </td>
            <td data-label={t('detail.actual')}>
              <DateCell iso={r.actual} />
            </td>
            <td data-label={t('detail.gap')}>{gapText(r.key, r.planned, r.actual)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The milestones with planned and actual date and, when both are known, the gap in words. */
export function ActionMilestones({ milestones }: { milestones: ActionDetail['milestones'] }) {
  const { t } = useTranslation('actions');
  if (milestones.length === 0) return <p className="muted">{t('detail.noMilestones')}</p>;
  const gapText = (planned: string | null, actual: string | null) => {
    const gap = dayGap(planned, actual);
    if (gap === null) return <span className="muted">{t('shared.notAvailable')}</span>;
    if (gap === 0) return t('detail.milestoneOnTime');
    return gap > 0 ? t('detail.milestoneLate', { count: gap }) : t('detail.milestoneEarly', { count: -gap });
  };
  return (
    <table className="table act-stack-table act-milestones">
      <caption className="visually-hidden">{t('detail.milestonesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.milestone')}</th>
          <th scope="col">{t('detail.planned')}</th>
          <th scope="col">{t('detail.actual')}</th>
          <th scope="col">{t('detail.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {milestones.map((m, i) => (
          <tr key={`${i}-${m.title}`}>
            <th scope="row">{m.title}</th>
            <td data-label={t('detail.planned')}>
              <DateCell iso={m.plannedDate} />
            </td>
            <td data-label={t('detail.actual')}>
              <DateCell iso={m.actualDate} />
            </td>
            <td data-label={t('detail.gap')}>{gapText(m.plannedDate, m.actualDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
