import type { ImportRecipe, ImportRecipeCreate } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useCreateSource, usePatchSource } from '../api/source-writes';
import '../i18n';
import { linesOf, parseLines } from '../utils/source-error';

const FIELDS = ['name', 'url', 'format', 'indicator', 'options.filters', 'options.map'] as const;
type Field = (typeof FIELDS)[number];
type Draft = { name: string; url: string; format: string; indicator: string; filters: string; map: string; createIndicators: boolean };

const FORMATS = ['istat-sdmx-csv', 'sdmx-ml-generic', 'sdmx-ml-structure-specific', 'json-stat', 'eurostat-tsv', 'istat-istat-csv', 'tidy-csv', 'xlsx'] as const;

const draftOf = (r: ImportRecipe | null): Draft => ({
  name: r?.name ?? '',
  url: r?.url ?? '',
  format: r?.format ?? '',
  indicator: r?.indicator?.code ?? '',
  filters: linesOf(r?.options.filters),
  map: linesOf(r?.options.map),
  createIndicators: r?.options.createIndicators ?? false,
});

/** "Aggiungi una fonte" / "Modifica la fonte": name, address, format, indicator and the upload's options. */
export function SourceForm({ recipe, onDone }: { recipe: ImportRecipe | null; onDone: () => void }) {
  const { t } = useTranslation('sources');
  const create = useCreateSource();
  const patch = usePatchSource();
  const id = recipe ? `source-${recipe.id}` : 'new-source';
  const form = useForm<Draft, Field>({
    id,
    fields: FIELDS,
    initial: () => draftOf(recipe),
    validate: (v) => {
      const e: Partial<Record<Field, string>> = {};
      if (!v.name.trim()) e.name = t('form.required');
      if (!v.url.trim()) e.url = t('form.required');
      else if (!/^https?:\/\/\S+$/i.test(v.url.trim())) e.url = t('form.badUrl');
      const f = parseLines(v.filters);
      if ('bad' in f) e['options.filters'] = t('form.badPairs', { line: f.bad });
      const m = parseLines(v.map);
      if ('bad' in m) e['options.map'] = t('form.badPairs', { line: m.bad });
      return e;
    },
  });
  const send = form.handleSubmit(async (v) => {
    const filters = parseLines(v.filters);
    const map = parseLines(v.map);
    const options = {
      ...('value' in filters && Object.keys(filters.value).length ? { filters: filters.value } : {}),
      ...('value' in map && Object.keys(map.value).length ? { map: map.value } : {}),
      ...(v.createIndicators ? { createIndicators: true } : {}),
    };
    const body: ImportRecipeCreate = {
      name: v.name.trim(),
      url: v.url.trim(),
      format: (v.format || null) as ImportRecipeCreate['format'],
      indicator: v.indicator.trim() || null,
      options,
    };
    if (recipe) await patch.mutateAsync({ id: recipe.id, body });
    else await create.mutateAsync(body);
    if (!recipe) form.reset(draftOf(null));
    onDone();
  });
  const labels: Record<Field, string> = {
    name: t('form.name'),
    url: t('form.url'),
    format: t('form.format'),
    indicator: t('form.indicator'),
    'options.filters': t('form.filters'),
    'options.map': t('form.map'),
  };
  const heading = `${id}-heading`;
  return (
    <form className="psm-bo-form" onSubmit={send} noValidate aria-labelledby={heading}>
      <h2 id={heading} className="h4">
        {recipe ? t('form.editTitle', { name: recipe.name }) : t('form.createTitle')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      <FormField {...form.field('name')} label={labels.name} hint={t('form.nameHint')} required>
        {(p) => <input {...p} className="form-control" value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} autoComplete="off" />}
      </FormField>
      <FormField {...form.field('url')} label={labels.url} hint={t('form.urlHint')} required>
        {(p) => <input {...p} type="url" className="form-control" value={form.values.url} onChange={(e) => form.set({ url: e.target.value })} autoComplete="off" />}
      </FormField>
      <FormField {...form.field('format')} label={labels.format}>
        {(p) => (
          <select {...p} className="form-select" value={form.values.format} onChange={(e) => form.set({ format: e.target.value })}>
            <option value="">{t('form.formatDetect')}</option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField {...form.field('indicator')} label={labels.indicator} hint={t('form.indicatorHint')}>
        {(p) => <input {...p} className="form-control" value={form.values.indicator} onChange={(e) => form.set({ indicator: e.target.value })} autoComplete="off" />}
      </FormField>
      <FormField {...form.field('options.filters')} label={labels['options.filters']} hint={t('form.filtersHint')}>
        {(p) => <textarea {...p} rows={3} className="form-control" value={form.values.filters} onChange={(e) => form.set({ filters: e.target.value })} />}
      </FormField>
      <FormField {...form.field('options.map')} label={labels['options.map']} hint={t('form.mapHint')}>
        {(p) => <textarea {...p} rows={3} className="form-control" value={form.values.map} onChange={(e) => form.set({ map: e.target.value })} />}
      </FormField>
      <div className="form-check mb-3">
        <input
          id={`${id}-createIndicators`}
          type="checkbox"
          className="form-check-input"
          checked={form.values.createIndicators}
          onChange={(e) => form.set({ createIndicators: e.target.checked })}
        />
        <label className="form-check-label" htmlFor={`${id}-createIndicators`}>
          {t('form.createIndicators')}
        </label>
      </div>
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('form.submitting') : recipe ? t('form.submitEdit') : t('form.submitCreate')}
      </button>
      {recipe && (
        <button type="button" className="btn btn-link" onClick={onDone}>
          {t('form.cancel')}
        </button>
      )}
    </form>
  );
}
