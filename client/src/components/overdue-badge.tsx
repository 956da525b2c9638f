import { useTranslation } from 'react-i18next';
import type { Overdue } from '@psm/server/contract';
import { formatDate } from '../lib/format';
import { overdueSpan } from '../lib/overdue';

/** "In ritardo di 3 mesi" / "Overdue by 3 months", from the days the server computed. */
export function useOverdueText(): (overdue: Pick<Overdue, 'days'>) => string {
  const { t } = useTranslation();
  return (o) => {
    const { unit, count } = overdueSpan(o.days);
    return t(`overdue.${unit}`, { count });
  };
}

/**
 * An action past a milestone or its planned end, with how long in words; `withSince` adds the
 * earliest missed date. Text and an outline, never colour alone.
 */
export function OverdueBadge({ overdue, withSince = false }: { overdue: Overdue | null; withSince?: boolean }) {
  const { t } = useTranslation();
  const text = useOverdueText();
  if (!overdue) return null;
  return (
    <span className="psm-overdue" data-overdue-days={overdue.days}>
      <span className="psm-overdue__mark" aria-hidden="true">
        !
      </span>
      {text(overdue)}
      {withSince && <span className="psm-overdue__since"> {t('overdue.since', { date: formatDate(overdue.since) })}</span>}
    </span>
  );
}
