import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/forms/form-field';
import '../i18n';

export type Metadata = { title: string; referenceDate: string; lang: 'it' | 'en' };
type FieldOf = (f: keyof Metadata) => { id: string; error?: string };

/** Title, "dati al" and language: the same fields in the new-report form and in the composer. */
export function MetadataFields({ values, set, field }: { values: Metadata; set: (patch: Partial<Metadata>) => void; field: FieldOf }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <FormField {...field('title')} label={t('fields.title')} required>
        {(p) => <input {...p} className="form-control" value={values.title} maxLength={300} onChange={(e) => set({ title: e.target.value })} />}
      </FormField>
      <FormField {...field('referenceDate')} label={t('fields.referenceDate')} hint={t('fields.referenceDateHint')} required>
        {(p) => <input {...p} type="date" className="form-control" value={values.referenceDate} onChange={(e) => set({ referenceDate: e.target.value })} />}
      </FormField>
      <FormField {...field('lang')} label={t('fields.lang')}>
        {(p) => (
          <select {...p} className="form-select" value={values.lang} onChange={(e) => set({ lang: e.target.value as Metadata['lang'] })}>
            <option value="it">{t('langs.it')}</option>
            <option value="en">{t('langs.en')}</option>
          </select>
        )}
      </FormField>
    </>
  );
}
