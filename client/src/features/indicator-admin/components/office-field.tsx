import { useTranslation } from 'react-i18next';
import type { OfficeChoices } from '@psm/server/contract';
import '../i18n';
import { FormField } from '../../../components/forms/form-field';
import { SearchSelect } from '../../../components/forms/search-select';

type Props = {
  /** What `form.field('responsibleOfficeId')` gives: id and error. */
  field: { id: string; error?: string | null };
  offices: OfficeChoices['items'] | undefined;
  /** The office's id as text; '' for none. */
  value: string;
  onChange: (id: string) => void;
};

/** The office responsible for the indicator, chosen by typing part of its name or code. */
export function OfficeField({ field, offices, value, onChange }: Props) {
  const { t } = useTranslation('indicatorAdmin');
  const options = (offices ?? []).map((o) => ({ value: String(o.id), label: `${o.name} (${o.code})` }));
  return (
    <FormField variant="data" {...field} label={t('form.responsibleOfficeId')} hint={offices ? t('form.responsibleOfficeHelp') : t('form.officesLoading')}>
      {(p) => <SearchSelect {...p} options={options} value={value} onChange={onChange} />}
    </FormField>
  );
}
