import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { FREQUENCIES } from '@psm/server/contract/values';
import '../i18n';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { problemText } from '../../../lib/problem';
import { useUpdateIndicator } from '../api/update-indicator';
import { FIELD_NAMES, MAX_LENGTH, patchOf, validate, valuesOf, type MetadataField, type MetadataValues, type ValidationError } from '../utils/metadata-form';
import { useOfficeChoices } from '../api/get-office-choices';
import { OfficeField } from './office-field';
import { PolarityField } from './polarity-field';
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

  const submit = form.handleSubmit(async (v) => {
    const patch = patchOf(form.base, v);
    if (!Object.keys(patch).length) return setNotice('noChanges');
    form.reset(valuesOf(await save.mutateAsync(patch)));
    setNotice('saved');
  });

  const text = (field: MetadataField, opts: { hint?: string; required?: boolean; multiline?: boolean; type?: string; inputMode?: 'numeric' } = {}) => (
    <FormField variant="data" {...form.field(field)} label={labelOf(field)} hint={opts.hint} required={opts.required}>
      {(p) =>
        opts.multiline ? (
          <textarea {...p} className="form-control bod-textarea" rows={4} value={values[field]} maxLength={MAX_LENGTH[field]} onChange={(e) => set(field, e.target.value)} />
        ) : (
          <input
            {...p}
            type={opts.type ?? 'text'}
            inputMode={opts.inputMode}
            className="form-control"
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
            autoComplete="off"
          />
        )
      }
    </FormField>
  );

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
      <div className="bod-grid">
        {text('name', { required: true })}
        {text('nameEn')}
      </div>
      {text('definition', { hint: t('form.definitionHelp'), multiline: true })}
      <div className="bod-grid">
        {text('unit', { hint: t('form.unitHelp') })}
        {text('decimals', { hint: t('form.decimalsHelp'), inputMode: 'numeric' })}
        <FormField variant="data" {...form.field('frequency')} label={t('form.frequency')}>
          {(p) => (
            <select {...p} className="form-select" value={values.frequency} onChange={(e) => set('frequency', e.target.value)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`form.${f}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <PolarityField value={values.polarity} onChange={(p) => set('polarity', p)} error={form.errors.polarity} />
      {text('polarityNote', { hint: t('form.polarityNoteHelp') })}
      <fieldset className="bod-fieldset">
        <legend>{t('form.sourceHeading')}</legend>
        <div className="bod-grid">
          {text('sourceAgency')}
          {text('sourceDataset')}
        </div>
        {text('sourceUrl', { hint: t('form.sourceUrlHelp'), type: 'url' })}
        <div className="bod-grid">
          {text('releaseDate', { hint: t('form.releaseDateHelp'), type: 'date' })}
          {text('nextRelease', { hint: t('form.nextReleaseHelp'), type: 'date' })}
        </div>
        <OfficeField field={form.field('responsibleOfficeId')} offices={offices.data} value={values.responsibleOfficeId} onChange={(id) => set('responsibleOfficeId', id)} />
        <div className="bod-grid">
          {text('licence', { hint: t('form.licenceHelp') })}
          {text('theme')}
        </div>
      </fieldset>
      {text('notes', { multiline: true })}
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
