import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, PlanImportResult } from '@psm/server/contract';
import '../i18n';
import '../../../styles/backoffice-data.css';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { ApiError } from '../../../lib/api-client';
import { plansQueryOptions } from '../../../lib/api/get-plans';
import { problemIssues, problemText } from '../../../lib/problem';
import { useImportPlan } from '../api/import-plan';
import { EMPTY_FIELDS, PLAN_FIELDS, type PlanField, type PlanFields } from '../types';
import { PlanFileField } from './plan-file-field';
import { PlanImportResultView } from './plan-import-result';
import { PlanProblems } from './plan-problems';

const PATTERNS: Partial<Record<PlanField, { re: RegExp; message: 'planPattern' | 'periodPattern' | 'countPattern' }>> = {
  plan: { re: /^[a-z0-9][a-z0-9-]{0,63}$/, message: 'planPattern' },
  period: { re: /^\d{4}(-\d{4})?$/, message: 'periodPattern' },
  declaredAxes: { re: /^\d{1,4}$/, message: 'countPattern' },
  declaredStrategies: { re: /^\d{1,4}$/, message: 'countPattern' },
  declaredActions: { re: /^\d{1,4}$/, message: 'countPattern' },
};
const FIELDS: readonly (PlanField | 'file')[] = ['file', ...PLAN_FIELDS];
type PlanDraft = PlanFields & { file: File | null };

/** What was checked: the same file (name, size, date) with the same fields may be imported. */
const signatureOf = ({ file, ...fields }: PlanDraft) => (file ? JSON.stringify([file.name, file.size, file.lastModified, fields]) : '');

/** /gestione/piano: the plan structure file with the plan's details; "Verifica" (dry run) before "Importa". */
export function PlanImportForm() {
  const { t } = useTranslation('planImport');
  // The codes already loaded, as a reminder: re-read after a minute (another admin may have imported one).
  const plans = useQuery({ ...plansQueryOptions(), staleTime: 60_000 });
  const run = useImportPlan();
  const [fileIssues, setFileIssues] = useState<ImportIssue[]>([]);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [checked, setChecked] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const patternError = (f: PlanField, v: string) => {
    const p = PATTERNS[f];
    return v.trim() && p && !p.re.test(v.trim()) ? t(`form.${p.message}`) : undefined;
  };
  const form = useForm({
    id: 'pi',
    fields: FIELDS,
    initial: (): PlanDraft => ({ ...EMPTY_FIELDS, file: null }),
    live: true,
    validate: (v) => ({ file: v.file ? undefined : t('form.fileRequired'), ...Object.fromEntries(PLAN_FIELDS.map((f) => [f, patternError(f, v[f])])) }),
  });
  const { values } = form;
  const verified = Boolean(result?.dryRun) && checked === signatureOf(values);

  const go = (dryRun: boolean) => {
    setFileIssues([]);
    form.handleSubmit(async (draft) => {
      const { file, ...fields } = draft;
      try {
        const r = await run.mutateAsync({ file: file!, fields, dryRun });
        setResult(r);
        setChecked(r.dryRun ? signatureOf(draft) : '');
        requestAnimationFrame(() => resultRef.current?.focus());
      } catch (err) {
        setResult(null);
        // 422: the file's problems, row by row; nothing was written.
        if (!(err instanceof ApiError && err.status === 422)) throw err;
        const issues = problemIssues(err);
        setFileIssues(issues.length ? issues : [{ message: err.detail || err.title }]);
      }
    })();
  };

  const field = (f: PlanField, opts: { hint?: ReactNode; inputMode?: 'numeric'; list?: string } = {}) => (
    <FormField variant="data" {...form.field(f)} label={t(`form.${f}`)} hint={opts.hint}>
      {(p) => (
        <input
          {...p}
          className="form-control"
          value={values[f]}
          onChange={(e) => form.set({ [f]: e.target.value })}
          inputMode={opts.inputMode}
          list={opts.list}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </FormField>
  );

  // The fields the server refused, listed at the top; the client's own checks show beside the fields only.
  const refused = FIELDS.flatMap((f) => {
    const message = form.refused[f];
    return message ? [{ id: form.idOf(f), label: f === 'file' ? t('form.file') : t(`form.${f}`), message }] : [];
  });
  const existing = plans.data?.items.map((p) => p.code) ?? [];
  return (
    <div className="bod plan-import">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go(true);
        }}
        noValidate
        aria-labelledby="plan-form-heading"
      >
        <h2 id="plan-form-heading" className="h4">
          {t('form.heading')}
        </h2>
        <PlanProblems fileIssues={fileIssues} fields={refused} other={[...form.other, ...(form.failure ? [problemText(form.failure)] : [])]} attempt={form.attempt} />
        <PlanFileField
          id={form.idOf('file')}
          file={values.file}
          error={form.errors.file}
          onFile={(file) => {
            form.set({ file });
            form.clearErrors();
            setFileIssues([]);
          }}
        />
        <div className="bod-grid">
          {field('plan', {
            hint: (
              <>
                {t('form.planHelp')} {existing.length > 0 && t('form.existing', { list: existing.join(', ') })}
              </>
            ),
            list: 'pi-plan-codes',
          })}
          {field('period', { hint: t('form.periodHelp') })}
        </div>
        <datalist id="pi-plan-codes">
          {existing.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {field('title', { hint: t('form.titleHelp') })}
        {field('subtitle')}
        <fieldset className="bod-fieldset" aria-describedby="pi-declared-hint">
          <legend>{t('form.declared')}</legend>
          <p id="pi-declared-hint" className="bod-help">
            {t('form.declaredHelp')}
          </p>
          <div className="bod-grid bod-grid--narrow">
            {field('declaredAxes', { inputMode: 'numeric' })}
            {field('declaredStrategies', { inputMode: 'numeric' })}
            {field('declaredActions', { inputMode: 'numeric' })}
          </div>
        </fieldset>
        <div className="bod-actions">
          <button type="submit" className="btn btn-primary" disabled={run.isPending}>
            {run.isPending && run.variables?.dryRun ? t('form.verifying') : t('form.verify')}
          </button>
          <button type="button" className="btn btn-success" disabled={!verified || run.isPending} onClick={() => go(false)} aria-describedby="pi-import-help">
            {run.isPending && run.variables?.dryRun === false ? t('form.importing') : t('form.import')}
          </button>
        </div>
        <p id="pi-import-help" className="bod-help">
          {result?.dryRun && !verified ? t('form.changed') : t('form.importHelp')}
        </p>
      </form>
      <div ref={resultRef} tabIndex={-1} className="plan-import__result">
        {result && (!result.dryRun || verified) && <PlanImportResultView result={result} />}
      </div>
    </div>
  );
}
