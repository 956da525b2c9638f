import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from '@psm/server/contract/values';
import { PROGRESS_ICONS } from '../lib/progress';

/** The progress status of a target: a mark and always its name in words, so the colour never carries the meaning alone. */
export function ProgressBadge({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`psm-progress psm-progress--${status}`} data-progress={status}>
      <span className="psm-progress__mark" aria-hidden="true">
        {PROGRESS_ICONS[status]}
      </span>
      {t(`progress.status.${status}`)}
    </span>
  );
}
