import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FORMATS, INDICATOR_SOURCES } from '@psm/server/contract/values';
import '../i18n';
import type { UploadOptions } from '../types';

export type OptionErrors = Partial<Record<'indicator' | 'source' | 'format' | 'filter' | 'map' | 'createIndicators', string>>;

type Props = {
  options: UploadOptions;
  onChange: (patch: Partial<UploadOptions>) => void;
  errors: OptionErrors;
  disabled?: boolean;
};

/** The options of an upload, each explained: most files need none of them. */
export function UploadOptionsFields({ options, onChange, errors, disabled }: Props) {
  const { t } = useTranslation('imports');
  const id = useId();
  const described = (name: keyof OptionErrors) => `${id}-${name}-help${errors[name] ? ` ${id}-${name}-error` : ''}`;
  const errorOf = (name: keyof OptionErrors) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="bod-field-error">
        {errors[name]}
      </p>
    ) : null;
  return (
    <fieldset className="bod-fieldset" disabled={disabled}>
      <legend>{t('upload.options')}</legend>
      <p className="bod-help">{t('upload.optionsIntro')}</p>
      <div className="bod-grid">
        <div className="bod-field">
          <label htmlFor={`${id}-indicator`}>{t('upload.indicator')}</label>
          <input
            id={`${id}-indicator`}
            className={`form-control${errors.indicator ? ' is-invalid' : ''}`}
            value={options.indicator}
            onChange={(e) => onChange({ indicator: e.target.value })}
            aria-describedby={described('indicator')}
            aria-invalid={errors.indicator ? true : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <p id={`${id}-indicator-help`} className="bod-help">
            {t('upload.indicatorHelp')}
          </p>
          {errorOf('indicator')}
        </div>
        <div className="bod-field">
          <label htmlFor={`${id}-source`}>{t('upload.source')}</label>
          <select
            id={`${id}-source`}
            className={`form-select${errors.source ? ' is-invalid' : ''}`}
            value={options.source}
            onChange={(e) => onChange({ source: e.target.value as UploadOptions['source'] })}
            aria-describedby={described('source')}
            aria-invalid={errors.source ? true : undefined}
          >
            <option value="">{t('upload.sourceAuto')}</option>
            {INDICATOR_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`sources.${s}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-source-help`} className="bod-help">
            {t('upload.sourceHelp')}
          </p>
          {errorOf('source')}
        </div>
      </div>
      <div className="bod-field">
        <label htmlFor={`${id}-filter`}>{t('upload.filters')}</label>
        <textarea
          id={`${id}-filter`}
          className={`form-control bod-textarea bod-mono${errors.filter ? ' is-invalid' : ''}`}
          rows={3}
          value={options.filters}
          onChange={(e) => onChange({ filters: e.target.value })}
          aria-describedby={described('filter')}
          aria-invalid={errors.filter ? true : undefined}
          spellCheck={false}
        />
        <p id={`${id}-filter-help`} className="bod-help">
          {t('upload.filtersHelp')}
        </p>
        {errorOf('filter')}
      </div>
      <div className="form-check bod-check">
        <input
          id={`${id}-create`}
          type="checkbox"
          checked={options.createIndicators}
          onChange={(e) => onChange({ createIndicators: e.target.checked })}
          aria-describedby={described('createIndicators')}
        />
        <label htmlFor={`${id}-create`}>{t('upload.createIndicators')}</label>
        <p id={`${id}-createIndicators-help`} className="bod-help">
          {t('upload.createIndicatorsHelp')}
        </p>
        {errorOf('createIndicators')}
      </div>
      <details className="bod-details" open={Boolean(errors.map || errors.format || options.map || options.format) || undefined}>
        <summary>{t('upload.advanced')}</summary>
        <div className="bod-field">
          <label htmlFor={`${id}-map`}>{t('upload.map')}</label>
          <textarea
            id={`${id}-map`}
            className={`form-control bod-textarea bod-mono${errors.map ? ' is-invalid' : ''}`}
            rows={2}
            value={options.map}
            onChange={(e) => onChange({ map: e.target.value })}
            aria-describedby={described('map')}
            aria-invalid={errors.map ? true : undefined}
            spellCheck={false}
          />
          <p id={`${id}-map-help`} className="bod-help">
            {t('upload.mapHelp')}
          </p>
          {errorOf('map')}
        </div>
        <div className="bod-field">
          <label htmlFor={`${id}-format`}>{t('upload.format')}</label>
          <select
            id={`${id}-format`}
            className={`form-select${errors.format ? ' is-invalid' : ''}`}
            value={options.format}
            onChange={(e) => onChange({ format: e.target.value as UploadOptions['format'] })}
            aria-describedby={described('format')}
            aria-invalid={errors.format ? true : undefined}
          >
            <option value="">{t('upload.formatAuto')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-format-help`} className="bod-help">
            {t('upload.formatHelp')}
          </p>
          {errorOf('format')}
        </div>
      </details>
    </fieldset>
  );
}
