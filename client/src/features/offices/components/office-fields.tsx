import { useTranslation } from 'react-i18next';
import type { OfficeOut } from '@psm/server/contract';
import { FormField } from '../../../components/forms/form-field';
import type { Form } from '../../../components/forms/use-form';
import '../i18n';
import type { OfficeDraft, OfficeField } from '../utils/validate-office';

/** Code, name, department (an active office other than this one) and e-mail. */
export function OfficeFields({ form, offices, self }: { form: Form<OfficeDraft, OfficeField>; offices: OfficeOut[]; self?: string }) {
  const { t } = useTranslation('offices');
  const { values: d, set } = form;
  const parents = offices.filter((o) => o.code !== self && (!o.retiredAt || o.code === d.parent));
  return (
    <div className="psm-field-grid">
      <FormField {...form.field('code')} label={t('fields.code')} hint={t('fields.codeHint')} required>
        {(p) => <input {...p} className="form-control" type="text" autoComplete="off" spellCheck={false} value={d.code} onChange={(e) => set({ code: e.target.value })} />}
      </FormField>
      <FormField {...form.field('name')} label={t('fields.name')} required>
        {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={d.name} onChange={(e) => set({ name: e.target.value })} />}
      </FormField>
      <FormField {...form.field('parent')} label={t('fields.parent')} hint={t('fields.parentHint')}>
        {(p) => (
          <select {...p} className="form-select" value={d.parent} onChange={(e) => set({ parent: e.target.value })}>
            <option value="">{t('fields.parentNone')}</option>
            {parents.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name} ({o.code})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField {...form.field('email')} label={t('fields.email')} hint={t('fields.emailHint')}>
        {(p) => <input {...p} className="form-control" type="email" autoComplete="off" spellCheck={false} value={d.email} onChange={(e) => set({ email: e.target.value })} />}
      </FormField>
    </div>
  );
}
