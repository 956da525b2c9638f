import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '@psm/server/contract';
import '../i18n';

const TONE: Record<BatchStatus, 'ok' | 'bad' | 'run' | 'neutral'> = {
  uploaded: 'run',
  previewing: 'run',
  committing: 'run',
  previewed: 'neutral',
  invalid: 'bad',
  failed: 'bad',
  committed: 'ok',
  rolled_back: 'neutral',
};

/** The batch status in words, on a tinted label (the word carries the meaning, not the colour). */
export function ImportStatus({ status }: { status: BatchStatus }) {
  const { t } = useTranslation('imports');
  return <span className={`import-status import-status--${TONE[status]}`}>{t(`status.${status}`)}</span>;
}
