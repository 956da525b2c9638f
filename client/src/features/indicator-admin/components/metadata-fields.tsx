import { useTranslation } from 'react-i18next';
import { FREQUENCIES } from '@psm/server/contract/values';
import '../i18n';
import { FormField } from '../../../components/forms/form-field';
import { MAX_LENGTH, type MetadataField, type MetadataValues } from '../utils/metadata-form';
import { PolarityField } from './polarity-field';

/** What `useForm().field(name)` gives a field: its id and its error. */
type FieldBinding = { id: string; error?: string | null };

type Props = {
  values: MetadataValues;
  field: (name: MetadataField) => FieldBinding;
  set: (field: MetadataField, value: string) => void;
};

/** The indicator's metadata fields, shared by the edit form (PATCH) and the new-indicator form (POST). */
export function MetadataFields({ values, field, set }: Props) {
  const { t } = useTranslation('indicatorAdmin');
  const labelOf = (name: MetadataField) => t(`form.${name}`);
  const text = (name: MetadataField, opts: { hint?: string; required?: boolean; multiline?: boolean; type?: string; inputMode?: 'numeric' } = {}) => (
    <FormField variant="data" {...field(name)} label={labelOf(name)} hint={opts.hint} required={opts.required}>
      {(p) =>
        opts.multiline ? (
          <textarea {...p} className="form-control bod-textarea" rows={4} value={values[name]} maxLength={MAX_LENGTH[name]} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <input
            {...p}
            type={opts.type ?? 'text'}
            inputMode={opts.inputMode}
            className="form-control"
            value={values[name]}
            onChange={(e) => set(name, e.target.value)}
            autoComplete="off"
          />
        )
      }
    </FormField>
  );
  return (
    <>
        <div className="bod-grid">
          {text('name', { required: true })}
          {text('nameEn')}
        </div>
        {text('definition', { hint: t('form.definitionHelp'), multiline: true })}
        <div className="bod-grid">
          {text('unit', { hint: t('form.unitHelp') })}
          {text('decimals', { hint: t('form.decimalsHelp'), inputMode: 'numeric' })}
          <FormField variant="data" {...field('frequency')} label={t('form.frequency')}>
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
        <PolarityField value={values.polarity} onChange={(p) => set('polarity', p)} error={field('polarity').error} />
        {text('polarityNote', { hint: t('form.polarityNoteHelp') })}
        <fieldset className="bod-fieldset">
          <legend>{t('form.sourceHeading')}</legend>
          <div className="bod-grid">
            {text('sourceAgency')}
            {text('sourceDataset')}
          </div>
          {text('sourceUrl', { hint: t('form.sourceUrlHelp'), type: 'url' })}
          <div className="bod-grid">
            {text('licence', { hint: t('form.licenceHelp') })}
            {text('theme')}
          </div>
        </fieldset>
        {text('notes', { multiline: true })}
    </>
  );
}
