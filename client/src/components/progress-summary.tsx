import { useTranslation } from 'react-i18next';
import type { ProgressCounts } from '@psm/server/contract';
import { Link } from '../i18n/link';
import { PROGRESS_METHOD_PATH, progressSummary, progressTotal } from '../lib/progress';

/**
 * One line on progress towards the targets: "Progressi verso i traguardi: 3 in linea, 1 in allontanamento"
 * or "nessun traguardo", with a link to the method. Nothing while loading or when the read failed.
 */
export function ProgressSummary({ counts }: { counts: ProgressCounts | undefined }) {
  const { t } = useTranslation();
  if (!counts) return null;
  const text = progressTotal(counts) === 0 ? t('progress.noTargets') : progressSummary(t, counts);
  return (
    <p className="psm-progress-summary small">
      <strong>{t('progress.summary')}:</strong> {text} (<Link to={PROGRESS_METHOD_PATH}>{t('progress.method')}</Link>)
    </p>
  );
}
