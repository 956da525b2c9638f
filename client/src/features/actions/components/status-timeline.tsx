import { useTranslation } from 'react-i18next';
import type { ActionUpdate } from '@psm/server/contract';
import { StatusBadge, type StatusLike } from '../../../components/status-badge';
import { formatDate, formatPeriod } from '../../../lib/format';
import '../i18n';
import { EvidenceLink } from './evidence-link';
import { ProgressMeter } from './progress-meter';

type Props = {
  history: readonly ActionUpdate[];
  /** Status vocabulary by code, for the English label and colour the history does not carry. */
  statusByCode: ReadonlyMap<string, StatusLike>;
};

/** The status history, newest first, as an ordered list drawn as a timeline. */
export function StatusTimeline({ history, statusByCode }: Props) {
  const { t } = useTranslation('actions');
  return (
    <ol className="act-timeline">
      {history.map((u) => {
        const status: StatusLike = statusByCode.get(u.status) ?? { code: u.status, labelIt: u.statusLabelIt, labelEn: u.statusLabelIt, colour: '#7F7F7F' };
        const date = formatDate(u.createdAt);
        return (
          <li key={u.id} className="act-timeline__item">
            <span className="act-timeline__dot" aria-hidden="true" />
            <div className="act-timeline__card">
              <h3 className="act-timeline__period h6">{t('detail.period', { period: formatPeriod(u.reportingPeriod) })}</h3>
              <p className="act-timeline__meta small muted">
                {u.author ? t('detail.recordedBy', { date, author: u.author }) : t('detail.recorded', { date })}
              </p>
              <dl className="act-timeline__facts">
                <div>
                  <dt>{t('detail.status')}</dt>
                  <dd>
                    <StatusBadge status={status} noUpdateLabel={t('shared.noUpdate')} />
                  </dd>
                </div>
                <div>
                  <dt>{t('detail.progress')}</dt>
                  <dd>
                    <ProgressMeter value={u.progress} />
                  </dd>
                </div>
              </dl>
              {u.comment && <p className="act-timeline__comment">{u.comment}</p>}
              {u.evidence && <EvidenceLink evidence={u.evidence} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
