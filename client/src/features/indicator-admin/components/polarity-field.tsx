import { useTranslation } from 'react-i18next';
import type { Polarity } from '@psm/server/contract';
import { POLARITIES } from '@psm/server/contract/values';
import '../i18n';

/** Polarity as three radios, each explained in words with an example. */
export function PolarityField({ value, onChange, error }: { value: Polarity; onChange: (p: Polarity) => void; error?: string | null }) {
  const { t } = useTranslation('indicatorAdmin');
  return (
    <fieldset className="bod-radios" aria-describedby={`md-polarity-hint${error ? ' md-polarity-error' : ''}`}>
      <legend className="bod-label">{t('form.polarity')}</legend>
      <p id="md-polarity-hint" className="bod-help">
        {t('form.polarityHelp')}
      </p>
      {POLARITIES.map((p, i) => (
        <div key={p} className="form-check bod-radio">
          <input
            type="radio"
            name="polarity"
            id={i === 0 ? 'md-polarity' : `md-polarity-${p}`}
            value={p}
            checked={value === p}
            onChange={() => onChange(p)}
            aria-describedby={`md-polarity-${p}-help`}
          />
          <label htmlFor={i === 0 ? 'md-polarity' : `md-polarity-${p}`}>{t(`form.${p}`)}</label>
          <p id={`md-polarity-${p}-help`} className="bod-help">
            {t(`form.${p}Help`)}
          </p>
        </div>
      ))}
      {error && (
        <p id="md-polarity-error" className="bod-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
