import type { ImportRecipe, ImportRecipeCreate } from '@psm/server/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useCreateSource } from '../api/source-writes';
import '../i18n';

const FIELDS = ['name', 'url'] as const;

/**
 * On an import job's page: keeps the options the analyst chose (format, indicator, filters, mappings)
 * as a source with the address the file comes from, for "Aggiorna dalla fonte" and the checks.
 */
export function SaveAsSource({ options, fileName }: { options: Record<string, unknown>; fileName: string }) {
  const { t } = useTranslation('sources');
  const create = useCreateSource();
  const [saved, setSaved] = useState<ImportRecipe | null>(null);
  const form = useForm<{ name: string; url: string }, (typeof FIELDS)[number]>({
    id: 'save-source',
    fields: FIELDS,
    initial: { name: fileName, url: '' },
    validate: (v) => ({
      ...(v.name.trim() ? {} : { name: t('form.required') }),
      ...(!v.url.trim() ? { url: t('form.required') } : /^https?:\/\/\S+$/i.test(v.url.trim()) ? {} : { url: t('form.badUrl') }),
    }),
  });
  const send = form.handleSubmit(async (v) => {
    const { format, ...rest } = options as { format?: ImportRecipeCreate['format'] } & NonNullable<ImportRecipeCreate['options']>;
    setSaved(await create.mutateAsync({ name: v.name.trim(), url: v.url.trim(), format: format ?? null, options: rest }));
  });
  const labels = { name: t('form.name'), url: t('form.url') };
  return (
    <details className="mt-4">
      <summary>{t('save.title')}</summary>
      {saved ? (
        <p role="status" className="mt-2">
          {t('save.saved', { name: saved.name })} <Link to={paths.backOffice.sources()}>{t('save.open')}</Link>
        </p>
      ) : (
        <form className="psm-bo-form mt-2" onSubmit={send} noValidate aria-label={t('save.title')}>
          <p>{t('save.lead')}</p>
          <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
          <WriteError error={form.failure} attempt={form.attempt} />
          <FormField {...form.field('name')} label={labels.name} required>
            {(p) => <input {...p} className="form-control" value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} autoComplete="off" />}
          </FormField>
          <FormField {...form.field('url')} label={labels.url} hint={t('form.urlHint')} required>
            {(p) => <input {...p} type="url" className="form-control" value={form.values.url} onChange={(e) => form.set({ url: e.target.value })} autoComplete="off" />}
          </FormField>
          <button type="submit" className="btn btn-outline-primary" disabled={form.submitting}>
            {t('save.submit')}
          </button>
        </form>
      )}
    </details>
  );
}
