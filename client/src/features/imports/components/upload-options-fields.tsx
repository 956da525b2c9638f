import { IMPORT_FORMATS, INDICATOR_SOURCES } from '@psm/server/contract/values';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { FormField, type ControlProps } from '../../../components/forms/form-field';
import type { Form } from '../../../components/forms/use-form';
import type { UploadDraft, UploadField, UploadOptions } from '../types';

type Props = { form: Form<UploadDraft, UploadField>; disabled?: boolean };

/** Bootstrap's red border and icon on a control at fault, besides the message under it. */
const control = (base: string, p: ControlProps) => `${base}${p['aria-invalid'] ? ' is-invalid' : ''}`;

/** The options of an upload, each explained: most files need none of them. */
export function UploadOptionsFields({ form, disabled }: Props) {
  const { t } = useTranslation('imports');
  const { values: options, set: onChange, errors } = form;
  const createId = form.idOf('createIndicators');
  return (
    <fieldset className="bod-fieldset" disabled={disabled}>
      <legend>{t('upload.options')}</legend>
      <p className="bod-help">{t('upload.optionsIntro')}</p>
      <div className="bod-grid">
        <FormField variant="data" {...form.field('indicator')} label={t('upload.indicator')} hint={t('upload.indicatorHelp')}>
          {(p) => (
            <input {...p} className={control('form-control', p)} value={options.indicator} onChange={(e) => onChange({ indicator: e.target.value })} autoComplete="off" spellCheck={false} />
          )}
        </FormField>
        <FormField variant="data" {...form.field('source')} label={t('upload.source')} hint={t('upload.sourceHelp')}>
          {(p) => (
            <select {...p} className={control('form-select', p)} value={options.source} onChange={(e) => onChange({ source: e.target.value as UploadOptions['source'] })}>
              <option value="">{t('upload.sourceAuto')}</option>
              {INDICATOR_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`sources.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField variant="data" {...form.field('filter')} label={t('upload.filters')} hint={t('upload.filtersHelp')}>
        {(p) => (
          <textarea {...p} className={control('form-control bod-textarea bod-mono', p)} rows={3} value={options.filters} onChange={(e) => onChange({ filters: e.target.value })} spellCheck={false} />
        )}
      </FormField>
      <div className="form-check bod-check">
        <input
          id={createId}
          type="checkbox"
          checked={options.createIndicators}
          onChange={(e) => onChange({ createIndicators: e.target.checked })}
          aria-describedby={`${createId}-hint${errors.createIndicators ? ` ${createId}-error` : ''}`}
        />
        <label htmlFor={createId}>{t('upload.createIndicators')}</label>
        <p id={`${createId}-hint`} className="bod-help">
          {t('upload.createIndicatorsHelp')}
        </p>
        {errors.createIndicators && (
          <p id={`${createId}-error`} className="bod-field-error">
            {errors.createIndicators}
          </p>
        )}
      </div>
      <details className="bod-details" open={Boolean(errors.map || errors.format || options.map || options.format) || undefined}>
        <summary>{t('upload.advanced')}</summary>
        <FormField variant="data" {...form.field('map')} label={t('upload.map')} hint={t('upload.mapHelp')}>
          {(p) => <textarea {...p} className={control('form-control bod-textarea bod-mono', p)} rows={2} value={options.map} onChange={(e) => onChange({ map: e.target.value })} spellCheck={false} />}
        </FormField>
        <FormField variant="data" {...form.field('format')} label={t('upload.format')} hint={t('upload.formatHelp')}>
          {(p) => (
            <select {...p} className={control('form-select', p)} value={options.format} onChange={(e) => onChange({ format: e.target.value as UploadOptions['format'] })}>
              <option value="">{t('upload.formatAuto')}</option>
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`formats.${f}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </details>
    </fieldset>
  );
}
