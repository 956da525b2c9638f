import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/forms/form-field';
import { SearchSelect } from '../../../components/forms/search-select';
import { indicatorQueryOptions } from '../../../lib/api/get-indicator';
import { MAX_PAGE_SIZE, useIndicators } from '../../../lib/api/get-indicators';
import '../i18n';
import type { SectionProps } from './section-fields';
import { SentencesField } from './sentences-field';

type IndicatorSection = Extract<SectionProps['section'], { kind: 'indicator' }>;
const MAX_TERRITORIES = 5;

/** An indicator figure: which indicator, which territories (of its coverage), with a table or not, and its sentences. */
export function IndicatorSectionFields({ section, field, onChange, proposal }: SectionProps<IndicatorSection>) {
  const { t } = useTranslation('reports');
  const indicators = useIndicators({ pageSize: MAX_PAGE_SIZE });
  const detail = useQuery({ ...indicatorQueryOptions(section.indicator), enabled: section.indicator !== '' });
  const chosen = section.territories ?? [];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    const { territories: _drop, ...rest } = section;
    onChange(next.length ? { ...rest, territories: next } : rest);
  };
  const territories = field('territories');
  return (
    <>
      <FormField {...field('indicator')} label={t('section.indicator')} required>
        {(p) => (
          // Every published indicator (dozens, more as the plan's constructed ones arrive): a list one types in.
          <SearchSelect
            {...p}
            options={(indicators.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }))}
            value={section.indicator}
            onChange={(code) => {
              const { territories: _drop, ...rest } = section;
              onChange({ ...rest, indicator: code });
            }}
          />
        )}
      </FormField>
      <fieldset className="psm-field" aria-describedby={`${territories.id}-hint`} id={territories.id} tabIndex={-1}>
        <legend className="psm-field__label">{t('section.territories')}</legend>
        <p id={`${territories.id}-hint`} className="psm-field__hint">
          {section.indicator ? t('section.territoriesHint') : t('section.noCoverage')}
        </p>
        {territories.error && <p className="psm-field__error">{territories.error}</p>}
        {(detail.data?.coverage ?? []).map((c) => {
          const id = `${territories.id}-${c.territory.code}`;
          const on = chosen.includes(c.territory.code);
          return (
            <div className="form-check" key={c.territory.code}>
              <input type="checkbox" id={id} checked={on} disabled={!on && chosen.length >= MAX_TERRITORIES} onChange={(e) => toggle(c.territory.code, e.target.checked)} />
              <label htmlFor={id}>
                {c.territory.name}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="form-check psm-field">
        <input type="checkbox" id={field('table').id} checked={section.table} onChange={(e) => onChange({ ...section, table: e.target.checked })} />
        <label htmlFor={field('table').id}>
          {t('section.table')}
        </label>
      </div>
      <SentencesField {...field('text')} text={section.text} proposal={proposal} onChange={(text) => onChange({ ...section, text })} />
    </>
  );
}
