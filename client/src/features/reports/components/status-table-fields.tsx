import { useTranslation } from 'react-i18next';
import type { ReportSection } from '@psm/server/contract';
import { FormField } from '../../../components/forms/form-field';
import { usePlanRollup } from '../../../lib/api/get-plan-rollup';
import { useFundingSourceLabel } from '../../../lib/funding-labels';
import '../i18n';
import type { SectionProps } from './section-fields';

type StatusTable = Extract<ReportSection, { kind: 'status-table' }>;
type Filter = 'zone' | 'office' | 'funding';

/** Rows by axis or strategy, and the filters the actions page offers: a zona omogenea, an office, a funding source. */
export function StatusTableFields({ section, plan, field, onChange }: SectionProps<StatusTable>) {
  const { t } = useTranslation('reports');
  const fundingLabel = useFundingSourceLabel();
  // The zones, offices and funding sources the plan's actions have, as the roll-up counts them.
  const rollup = usePlanRollup(plan).data;
  const set = (name: Filter, value: string) => {
    const { [name]: _dropped, ...rest } = section;
    onChange(value ? ({ ...rest, [name]: value } as StatusTable) : (rest as StatusTable));
  };
  const filters: { name: Filter; options: { value: string; label: string }[] }[] = [
    { name: 'zone', options: (rollup?.zones ?? []).map((z) => ({ value: z.code, label: z.name })) },
    { name: 'office', options: (rollup?.offices ?? []).map((o) => ({ value: o.code, label: o.name })) },
    { name: 'funding', options: (rollup?.fundings ?? []).map((f) => ({ value: f.sourceType, label: fundingLabel(f.sourceType) })) },
  ];
  return (
    <>
      <FormField {...field('by')} label={t('section.by')}>
        {(p) => (
          <select {...p} className="form-select" value={section.by} onChange={(e) => onChange({ ...section, by: e.target.value as 'axis' | 'strategy' })}>
            <option value="axis">{t('section.byAxis')}</option>
            <option value="strategy">{t('section.byStrategy')}</option>
          </select>
        )}
      </FormField>
      {filters.map((f) => (
        <FormField key={f.name} {...field(f.name)} label={t(`section.${f.name}`)}>
          {(p) => (
            <select {...p} className="form-select" value={section[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)}>
              <option value="">{t('section.any')}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ))}
    </>
  );
}
