import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '@psm/server/contract';
import { OverdueBadge } from '../../../components/overdue-badge';
import { formatDate } from '../../../lib/format';
import { reasonDays } from '../../../lib/overdue';
import '../i18n';
import { dayGap } from '../utils/dates';

function DateCell({ iso }: { iso: string | null }) {
  const { t } = useTranslation('actions');
  return iso ? <>{formatDate(iso)}</> : <span className="muted">{t('shared.notAvailable')}</span>;
}

type DateRow = { key: string; label: string; planned: string | null; actual: string | null; gap: ReactNode };

/** A small table of planned and actual dates with the gap in words; stacked on phones. */
function DatesTable({ className, caption, first, rows }: { className: string; caption: string; first: string; rows: DateRow[] }) {
  const { t } = useTranslation('actions');
  return (
    <table className={`table psm-stack-table psm-stack-table--compact act-dates-table ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
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
            <td data-label={t('detail.gap')}>{r.gap}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Planned against actual start and end, with the gap in days written in words. */
export function ActionDates({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('actions');
  const gapText = (phase: 'start' | 'end', planned: string | null, actual: string | null) => {
    const late = phase === 'end' ? reasonDays(action.overdue, { kind: 'plannedEnd', dueDate: planned }) : null;
    if (late !== null) return <OverdueBadge overdue={{ ...action.overdue!, days: late }} />;
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
    <DatesTable
      className="act-dates"
      caption={t('detail.datesCaption')}
      first={t('detail.phase')}
      rows={rows.map((r) => ({ ...r, gap: gapText(r.key, r.planned, r.actual) }))}
    />
  );
}

/** The milestones with planned and actual date and, when both are known, the gap in words; a missed one says how long ago. */
export function ActionMilestones({ milestones, overdue = null }: { milestones: ActionDetail['milestones']; overdue?: ActionDetail['overdue'] }) {
  const { t } = useTranslation('actions');
  if (milestones.length === 0) return <p className="muted">{t('detail.noMilestones')}</p>;
  const gapText = (title: string, planned: string | null, actual: string | null) => {
    const late = reasonDays(overdue, { kind: 'milestone', title, dueDate: planned });
    if (late !== null && overdue) return <OverdueBadge overdue={{ ...overdue, days: late }} />;
    const gap = dayGap(planned, actual);
    if (gap === null) return <span className="muted">{t('shared.notAvailable')}</span>;
    if (gap === 0) return t('detail.milestoneOnTime');
    return gap > 0 ? t('detail.milestoneLate', { count: gap }) : t('detail.milestoneEarly', { count: -gap });
  };
  return (
    <DatesTable
      className="act-milestones"
      caption={t('detail.milestonesCaption')}
      first={t('detail.milestone')}
      rows={milestones.map((m, i) => ({ key: `${i}-${m.title}`, label: m.title, planned: m.plannedDate, actual: m.actualDate, gap: gapText(m.title, m.plannedDate, m.actualDate) }))}
    />
  );
}
