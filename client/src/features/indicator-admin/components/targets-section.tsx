import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import '../i18n';
import { useDeleteTarget } from '../api/targets';
import { AddTargetForm } from './add-target-form';
import { TargetRow } from './target-row';

/** The targets of the indicator: listed with their source, added (source URL required), deleted after a confirmation. */
export function TargetsSection({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicatorAdmin');
  const remove = useDeleteTarget(indicator.code);
  const [deleted, setDeleted] = useState(false);
  return (
    <section className="indicator-targets" aria-labelledby="targets-heading">
      <h2 id="targets-heading" className="h4">
        {t('targets.heading')}
      </h2>
      <p className="bod-help">{t('targets.intro')}</p>
      <p className="bod-status" role="status">
        {deleted ? t('targets.deleted') : ''}
      </p>
      {indicator.targets.length === 0 ? (
        <p className="state state--empty">{t('targets.empty')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('targets.caption')}>
          <table className="table table-sm bod-table">
            <caption className="visually-hidden">{t('targets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targets.territory')}</th>
                <th scope="col">{t('targets.period')}</th>
                <th scope="col" className="bod-num">
                  {t('targets.value')}
                </th>
                <th scope="col">{t('targets.plan')}</th>
                <th scope="col">{t('targets.description')}</th>
                <th scope="col">{t('targets.source')}</th>
                <th scope="col">{t('targets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.targets.map((target) => (
                <TargetRow
                  key={target.id}
                  target={target}
                  indicator={indicator}
                  pending={remove.isPending && remove.variables === target.id}
                  error={remove.isError && remove.variables === target.id ? remove.error : null}
                  onDelete={(id) => remove.mutate(id, { onSuccess: () => setDeleted(true) })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddTargetForm indicator={indicator} onEdit={() => setDeleted(false)} />
    </section>
  );
}
