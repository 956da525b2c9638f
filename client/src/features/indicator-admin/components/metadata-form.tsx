import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { FREQUENCIES } from '@psm/server/contract/values';
import '../i18n';
import { ErrorSummary } from '../../../components/error-summary';
import { FormField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { useUpdateIndicator } from '../api/update-indicator';
import { FIELD_NAMES, MAX_LENGTH, patchOf, validate, valuesOf, type MetadataField, type MetadataValues } from '../utils/metadata-form';
import { PolarityField } from './polarity-field';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

type ServerErrors = { fields: Partial<Record<MetadataField, string>>; other: string[] };

/** The 400's `errors` by field (the server names them as the form does); the rest for the summary. */
function serverErrorsOf(err: unknown): ServerErrors {
  const out: ServerErrors = { fields: {}, other: [] };
  if (!(err instanceof ApiError)) return { fields: {}, other: [String(err)] };
  const issues = Array.isArray(err.problem.errors) ? (err.problem.errors as { name?: string; message?: string }[]) : [];
  for (const i of issues) {
    const field = FIELD_NAMES.find((f) => f === i.name);
    if (field && i.message) out.fields[field] = i.message;
    else out.other.push(i.name ? `${i.name}: ${i.message ?? ''}` : (i.message ?? ''));
  }
  if (!issues.length) out.other.push(`${err.detail || err.title}${err.status ? ` (HTTP ${err.status})` : ''}`);
  return out;
}

/** The indicator's metadata: checked here first, saved with PATCH (only what changed), errors by field. */
export function MetadataForm({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicatorAdmin');
  const session = useSession();
  const csrfToken = session.data?.csrfToken;
  const save = useUpdateIndicator(indicator.code, csrfToken);
  const [base, setBase] = useState<MetadataValues>(() => valuesOf(indicator));
  const [values, setValues] = useState<MetadataValues>(base);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<ServerErrors>({ fields: {}, other: [] });
  const [notice, setNotice] = useState<'saved' | 'noChanges' | null>(null);
  const [attempt, setAttempt] = useState(0);

  const patch = patchOf(base, values);
  const dirty = Object.keys(patch).length > 0;
  const clientErrors = submitted ? validate(values) : [];
  const messageOf = (field: MetadataField): string | null => {
    const e = clientErrors.find((x) => x.field === field);
    if (e) return e.kind === 'required' ? t('form.requiredError') : e.kind === 'decimals' ? t('form.decimalsError') : e.kind === 'url' ? t('form.urlError') : t('form.tooLong', { max: e.max ?? 0 });
    return server.fields[field] ?? null;
  };
  const labelOf = (field: MetadataField) => t(`form.${field}`);
  const summaryItems = FIELD_NAMES.flatMap((f) => {
    const m = messageOf(f);
    return m ? [{ id: `md-${f}`, label: labelOf(f), message: m }] : [];
  });
  const errorCount = summaryItems.length + server.other.length;

  const set = (field: MetadataField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setNotice(null);
    if (server.fields[field]) setServer((s) => ({ ...s, fields: { ...s.fields, [field]: undefined } }));
  };
  const focusSummary = () => setAttempt((n) => n + 1);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setServer({ fields: {}, other: [] });
    if (validate(values).length) return focusSummary();
    if (!dirty) return setNotice('noChanges');
    save.mutate(patch, {
      onSuccess: (detail) => {
        const saved = valuesOf(detail);
        setBase(saved);
        setValues(saved);
        setSubmitted(false);
        setNotice('saved');
      },
      onError: (err) => {
        setServer(serverErrorsOf(err));
        focusSummary();
      },
    });
  };

  const text = (field: MetadataField, opts: { hint?: string; required?: boolean; multiline?: boolean; type?: string; inputMode?: 'numeric' } = {}) => (
    <FormField variant="data" id={`md-${field}`} label={labelOf(field)} hint={opts.hint} error={messageOf(field)} required={opts.required}>
      {(p) =>
        opts.multiline ? (
          <textarea {...p} className="form-control bod-textarea" rows={4} value={values[field]} maxLength={MAX_LENGTH[field]} onChange={(e) => set(field, e.target.value)} />
        ) : (
          <input
            {...p}
            type={opts.type ?? 'text'}
            inputMode={opts.inputMode}
            className="form-control"
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
            autoComplete="off"
          />
        )
      }
    </FormField>
  );

  return (
    <form className="indicator-form" onSubmit={submit} noValidate aria-labelledby="md-heading">
      <UnsavedChangesGuard when={dirty && !save.isPending} />
      <h2 id="md-heading" className="h4">
        {t('form.heading')}
      </h2>
      <ErrorSummary
        title={save.isError && !summaryItems.length ? t('form.saveFailed') : t('form.errorsTitle', { count: errorCount, n: errorCount })}
        items={summaryItems}
        other={server.other}
        attempt={attempt}
        variant="data"
      />
      <div className="bod-grid">
        {text('name', { required: true })}
        {text('nameEn')}
      </div>
      {text('definition', { hint: t('form.definitionHelp'), multiline: true })}
      <div className="bod-grid">
        {text('unit', { hint: t('form.unitHelp') })}
        {text('decimals', { hint: t('form.decimalsHelp'), inputMode: 'numeric' })}
        <FormField variant="data" id="md-frequency" label={t('form.frequency')} error={messageOf('frequency')}>
          {(p) => (
            <select {...p} className="form-select" value={values.frequency} onChange={(e) => set('frequency', e.target.value)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`form.${f}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <PolarityField value={values.polarity} onChange={(p) => set('polarity', p)} error={messageOf('polarity')} />
      {text('polarityNote', { hint: t('form.polarityNoteHelp') })}
      <fieldset className="bod-fieldset">
        <legend>{t('form.sourceHeading')}</legend>
        <div className="bod-grid">
          {text('sourceAgency')}
          {text('sourceDataset')}
        </div>
        {text('sourceUrl', { hint: t('form.sourceUrlHelp'), type: 'url' })}
        <div className="bod-grid">
          {text('licence', { hint: t('form.licenceHelp') })}
          {text('theme')}
        </div>
      </fieldset>
      {text('notes', { multiline: true })}
      <div className="bod-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending || !csrfToken}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          disabled={!dirty || save.isPending}
          onClick={() => {
            setValues(base);
            setSubmitted(false);
            setServer({ fields: {}, other: [] });
          }}
        >
          {t('form.reset')}
        </button>
        <p className="bod-status" role="status">
          {notice === 'saved' ? t('form.saved') : notice === 'noChanges' ? t('form.noChanges') : ''}
        </p>
      </div>
    </form>
  );
}
