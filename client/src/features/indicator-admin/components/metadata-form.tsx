import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import '../i18n';
import { FormField } from '../../../components/forms/form-field';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { problemText } from '../../../lib/problem';
import { useUpdateIndicator } from '../api/update-indicator';
import { FIELD_NAMES, patchOf, validate, valuesOf, type MetadataField, type MetadataValues, type ValidationError } from '../utils/metadata-form';
import { useOfficeChoices } from '../api/get-office-choices';
import { MetadataFields } from './metadata-fields';
import { OfficeField } from './office-field';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

/** The indicator's metadata: checked here first, saved with PATCH (only what changed), errors by field. */
export function MetadataForm({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicatorAdmin');
  const save = useUpdateIndicator(indicator.code);
  const [notice, setNotice] = useState<'saved' | 'noChanges' | null>(null);
  const offices = useOfficeChoices();
  const messageOf = (e: ValidationError) =>
    e.kind === 'tooLong' ? t('form.tooLong', { max: e.max ?? 0 }) : t(`form.${e.kind}Error`);
  const form = useForm({
    id: 'md',
    fields: FIELD_NAMES,
    initial: () => valuesOf(indicator),
    live: true,
    // The first problem of each field.
    validate: (v) => Object.fromEntries(validate(v).reverse().map((e) => [e.field, messageOf(e)])),
  });
  const { values } = form;
  const dirty = Object.keys(patchOf(form.base, values)).length > 0;
  const labelOf = (field: MetadataField) => t(`form.${field}`);
  const summaryItems = form.summary(labelOf);
  const other = [...form.other, ...(form.failure ? [problemText(form.failure)] : [])];
  const errorCount = summaryItems.length + other.length;

  const set = (field: MetadataField, value: string) => {
    form.set({ [field]: value } as Partial<MetadataValues>);
    setNotice(null);
  };

  const date = (name: 'releaseDate' | 'nextRelease', hint: string) => (
    <FormField variant="data" {...form.field(name)} label={labelOf(name)} hint={hint}>
      {(p) => <input {...p} type="date" className="form-control" value={values[name]} onChange={(e) => set(name, e.target.value)} />}
    </FormField>
  );

  const submit = form.handleSubmit(async (v) => {
    const patch = patchOf(form.base, v);
    if (!Object.keys(patch).length) return setNotice('noChanges');
    form.reset(valuesOf(await save.mutateAsync(patch)));
    setNotice('saved');
  });

  return (
    <form className="indicator-form" onSubmit={submit} noValidate aria-labelledby="md-heading">
      <UnsavedChangesGuard when={dirty && !form.submitting} />
      <h2 id="md-heading" className="h4">
        {t('form.heading')}
      </h2>
      <ErrorSummary
        title={summaryItems.length ? t('form.errorsTitle', { count: errorCount, n: errorCount }) : t('form.saveFailed')}
        items={summaryItems}
        other={other}
        attempt={form.attempt}
        variant="data"
      />
      <MetadataFields values={values} field={form.field} set={set} />
      <fieldset className="bod-fieldset">
        <legend>{t('form.releaseHeading')}</legend>
        <div className="bod-grid">
          {date('releaseDate', t('form.releaseDateHelp'))}
          {date('nextRelease', t('form.nextReleaseHelp'))}
        </div>
        <OfficeField field={form.field('responsibleOfficeId')} offices={offices.data} value={values.responsibleOfficeId} onChange={(id) => set('responsibleOfficeId', id)} />
      </fieldset>
      <div className="bod-actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {form.submitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" disabled={!dirty || form.submitting} onClick={() => form.reset()}>
          {t('form.reset')}
        </button>
        <p className="bod-status" role="status">
          {notice === 'saved' ? t('form.saved') : notice === 'noChanges' ? t('form.noChanges') : ''}
        </p>
      </div>
    </form>
  );
}
