import { useTranslation } from 'react-i18next';
import { TOOL_KINDS } from '@psm/server/contract/values';
import { FormField } from '../../../components/forms/form-field';
import type { Form } from '../../../components/forms/use-form';
import '../i18n';
import type { ToolDraft, ToolField } from '../utils/validate';

/** Code, type, name, period and document address of a planning tool. */
export function ToolFields({ form }: { form: Form<ToolDraft, ToolField> }) {
  const { t } = useTranslation('planningTools');
  const { values: d, set } = form;
  return (
    <div className="psm-field-grid">
      <FormField {...form.field('code')} label={t('fields.code')} hint={t('fields.codeHint')} required>
        {(p) => <input {...p} className="form-control" type="text" autoComplete="off" spellCheck={false} value={d.code} onChange={(e) => set({ code: e.target.value })} />}
      </FormField>
      <FormField {...form.field('kind')} label={t('fields.kind')} required>
        {(p) => (
          <select {...p} className="form-select" value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
            {TOOL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField {...form.field('name')} label={t('fields.name')} required>
        {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={d.name} onChange={(e) => set({ name: e.target.value })} />}
      </FormField>
      <FormField {...form.field('period')} label={t('fields.period')} hint={t('fields.periodHint')}>
        {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={d.period} onChange={(e) => set({ period: e.target.value })} />}
      </FormField>
      <FormField {...form.field('url')} label={t('fields.url')} hint={t('fields.urlHint')}>
        {(p) => <input {...p} className="form-control" type="url" autoComplete="off" spellCheck={false} value={d.url} onChange={(e) => set({ url: e.target.value })} />}
      </FormField>
    </div>
  );
}
