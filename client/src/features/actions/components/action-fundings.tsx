import { useTranslation } from 'react-i18next';
import type { ActionFunding } from '@psm/server/contract';
import '../i18n';
import { useFundingSourceLabel } from '../../../lib/funding-labels';
import { formatEuro } from '../utils/money';
import { ExternalLink } from './evidence-link';

/** Each funding as a small card of facts (source, PNRR line, CUP, amount in euro, description, source link). */
export function ActionFundings({ fundings }: { fundings: readonly ActionFunding[] }) {
  const { t } = useTranslation('actions');
  const sourceLabel = useFundingSourceLabel();
  if (fundings.length === 0) return <p className="muted">{t('detail.noFundings')}</p>;
  const amounts = fundings.flatMap((f) => (f.amount === null ? [] : [f.amount]));
  return (
    <>
      <ul className="act-fundings">
        {fundings.map((f, i) => (
          <li key={`${i}-${f.sourceType}`} className="act-funding">
            <h3 className="act-funding__title h6">{sourceLabel(f.sourceType)}</h3>
            <dl className="act-facts">
              {f.pnrrCode && (
                <div>
                  <dt>{t('detail.pnrrCode')}</dt>
                  <dd>{f.pnrrCode}</dd>
                </div>
              )}
              {f.cup && (
                <div>
                  <dt>{t('detail.cup')}</dt>
                  <dd className="act-mono">{f.cup}</dd>
                </div>
              )}
              <div>
                <dt>{t('detail.amount')}</dt>
                <dd>{f.amount === null ? <span className="muted">{t('shared.notAvailable')}</span> : formatEuro(f.amount)}</dd>
              </div>
              {f.description && (
                <div>
                  <dt>{t('detail.fundingDescription')}</dt>
                  <dd>{f.description}</dd>
                </div>
              )}
              {f.sourceUrl && (
                <div>
                  <dt>{t('detail.fundingLink')}</dt>
                  <dd>
                    <ExternalLink href={f.sourceUrl}>{t('detail.fundingLinkText')}</ExternalLink>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
      {amounts.length > 1 && <p className="act-fundings__total">{t('detail.fundingsTotal', { amount: formatEuro(amounts.reduce((a, b) => a + b, 0)) })}</p>}
    </>
  );
}
