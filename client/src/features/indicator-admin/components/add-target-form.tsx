import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import '../i18n';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { SearchSelect } from '../../../components/forms/search-select';
import { useForm } from '../../../components/forms/use-form';
import { ApiError } from '../../../lib/api-client';
import { usePlans } from '../../../lib/api/get-plans';
import { problemText } from '../../../lib/problem';
import { useTerritories } from '../api/get-territories';
import { useCreateTarget } from '../api/targets';
import { territoryOptions } from '../utils/territory-options';
import { EMPTY_TARGET, TARGET_FIELDS, targetBody, validateTarget, type TargetError, type TargetField, type TargetValues } from '../utils/target-form';

/** The contract lists the levels from the finest (comune) up; the territory menu starts from the widest (stato). */
/** A new target: territory, period, value, plan, source (required) and description; a duplicate (409) is said in words. */
export function AddTargetForm({ indicator, onEdit }: { indicator: IndicatorDetail; onEdit: () => void }) {
  const { t } = useTranslation('indicatorAdmin');
  const create = useCreateTarget(indicator.code);
  const territories = useTerritories();
  const plans = usePlans();
  const [added, setAdded] = useState(false);
  const messageOf = (e: TargetError) =>
    e.kind === 'required' ? t('form.requiredError') : e.kind === 'period' ? t('targets.periodError') : e.kind === 'value' ? t('targets.valueError') : t('form.urlError');
  const form = useForm({
    id: 'tg',
    fields: TARGET_FIELDS,
    initial: EMPTY_TARGET,
    live: true,
    validate: (v) => Object.fromEntries(validateTarget(v).reverse().map((e) => [e.field, messageOf(e)])),
  });
  const { values } = form;
  const set = (f: TargetField, v: string) => {
    form.set({ [f]: v } as Partial<TargetValues>);
    setAdded(false);
    onEdit();
  };

  const submit = form.handleSubmit(async (v) => {
    try {
      await create.mutateAsync(targetBody(v));
      form.reset(EMPTY_TARGET);
      setAdded(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) form.setServerErrors({}, [t('targets.duplicate')]);
      else throw err;
    }
  });

  const unitHint = indicator.unit ? ` (${indicator.unit})` : '';
  const other = [...form.other, ...(form.failure ? [problemText(form.failure)] : [])];
  return (
    <form className="bod-fieldset indicator-target-form" onSubmit={submit} noValidate aria-labelledby="target-add-heading">
      <h3 id="target-add-heading" className="h5">
        {t('targets.add')}
      </h3>
      <ErrorSummary title={t('targets.addFailed')} items={form.summary((f) => t(`targets.${f}`))} other={other} attempt={form.attempt} variant="data" />
      <div className="bod-grid">
        <FormField variant="data" {...form.field('territory')} label={t('targets.territory')} hint={t('targets.territoryHelp')} required>
          {(p) => (
            <SearchSelect
              {...p}
              options={territoryOptions(territories.data?.items ?? [], (level) => t(`targets.levels.${level}`))}
              value={values.territory}
              onChange={(v) => set('territory', v)}
            />
          )}
        </FormField>
        <FormField variant="data" {...form.field('period')} label={t('targets.period')} hint={t('targets.periodHelp')} required>
          {(p) => <input {...p} className="form-control" value={values.period} onChange={(e) => set('period', e.target.value)} autoComplete="off" />}
        </FormField>
        <FormField variant="data" {...form.field('value')} label={t('targets.value')} hint={t('targets.valueHelp', { unit: unitHint })} required>
          {(p) => <input {...p} className="form-control" inputMode="decimal" value={values.value} onChange={(e) => set('value', e.target.value)} autoComplete="off" />}
        </FormField>
        <FormField variant="data" {...form.field('plan')} label={t('targets.plan')} hint={t('targets.planHelp')}>
          {(p) => (
            <select {...p} className="form-select" value={values.plan} onChange={(e) => set('plan', e.target.value)}>
              <option value="">{t('targets.noPlan')}</option>
              {plans.data?.items.map((pl) => (
                <option key={pl.code} value={pl.code}>
                  {pl.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField variant="data" {...form.field('sourceUrl')} label={t('targets.sourceUrl')} hint={t('targets.sourceUrlHelp')} required>
        {(p) => <input {...p} type="url" className="form-control" value={values.sourceUrl} onChange={(e) => set('sourceUrl', e.target.value)} />}
      </FormField>
      <FormField variant="data" {...form.field('description')} label={t('targets.description')}>
        {(p) => <textarea {...p} className="form-control bod-textarea" rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} />}
      </FormField>
      <div className="bod-actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {t('targets.submit')}
        </button>
        <p className="bod-status" role="status">
          {added ? t('targets.added') : ''}
        </p>
      </div>
    </form>
  );
}
