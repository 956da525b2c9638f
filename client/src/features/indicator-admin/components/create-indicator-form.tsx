import { useTranslation } from 'react-i18next';
import { INDICATOR_KINDS, INDICATOR_SOURCES } from '@psm/server/contract/values';
import '../i18n';
import '../entry-i18n';
import '../../../styles/backoffice-data.css';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { useLangNavigate } from '../../../i18n/link';
import { problemText } from '../../../lib/problem';
import { paths } from '../../../lib/paths';
import { useCreateIndicator } from '../api/create-indicator';
import { CREATE_FIELDS, createBodyOf, EMPTY_CREATE, validateCreate, type CreateError, type CreateField, type CreateValues } from '../utils/create-form';
import type { MetadataField } from '../utils/metadata-form';
import { MetadataFields } from './metadata-fields';

/** /gestione/indicatori/nuovo: code, source and kind, then the same metadata fields as the edit form. */
export function CreateIndicatorForm() {
  const { t } = useTranslation('indicatorAdmin');
  const { t: te } = useTranslation('indicatorEntry');
  const navigate = useLangNavigate();
  const create = useCreateIndicator();
  const messageOf = (e: CreateError) =>
    e.kind === 'code'
      ? te('create.codeError')
      : e.kind === 'required'
        ? t('form.requiredError')
        : e.kind === 'decimals'
          ? t('form.decimalsError')
          : e.kind === 'url'
            ? t('form.urlError')
            : t('form.tooLong', { max: e.max ?? 0 });
  const form = useForm<CreateValues, CreateField>({
    id: 'ni',
    fields: CREATE_FIELDS,
    initial: EMPTY_CREATE,
    live: true,
    validate: (v) => Object.fromEntries(validateCreate(v).reverse().map((e) => [e.field, messageOf(e)])),
  });
  const { values } = form;
  const labelOf = (field: CreateField) => (field === 'code' || field === 'source' || field === 'kind' ? te(`create.${field}`) : t(`form.${field}`));
  const summaryItems = form.summary(labelOf);
  const other = [...form.other, ...(form.failure ? [problemText(form.failure)] : [])];
  const errorCount = summaryItems.length + other.length;
  const set = (field: CreateField, value: string) => form.set({ [field]: value } as Partial<CreateValues>);

  const submit = form.handleSubmit(async (v) => {
    const created = await create.mutateAsync(createBodyOf(v));
    navigate(paths.backOffice.indicator(created.code));
  });

  return (
    <form className="bod indicator-form" onSubmit={submit} noValidate aria-label={te('create.title')}>
      <ErrorSummary
        title={summaryItems.length ? t('form.errorsTitle', { count: errorCount, n: errorCount }) : t('form.saveFailed')}
        items={summaryItems}
        other={other}
        attempt={form.attempt}
        variant="data"
      />
      <div className="bod-grid">
        <FormField variant="data" {...form.field('code')} label={te('create.code')} hint={te('create.codeHelp')} required>
          {(p) => <input {...p} className="form-control" value={values.code} maxLength={40} autoComplete="off" onChange={(e) => set('code', e.target.value.toUpperCase())} />}
        </FormField>
        <FormField variant="data" {...form.field('source')} label={te('create.source')}>
          {(p) => (
            <select {...p} className="form-select" value={values.source} onChange={(e) => set('source', e.target.value)}>
              {INDICATOR_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`common.sources.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField variant="data" {...form.field('kind')} label={te('create.kind')}>
          {(p) => (
            <select {...p} className="form-select" value={values.kind} onChange={(e) => set('kind', e.target.value)}>
              {INDICATOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {te(`create.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <MetadataFields values={values} field={(f: MetadataField) => form.field(f)} set={set} />
      <div className="bod-actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {form.submitting ? te('create.saving') : te('create.save')}
        </button>
      </div>
    </form>
  );
}
