import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, PlanImportResult } from '@psm/server/contract';
import { IssueTable } from '../../../components/back-office/issue-table';
import '../i18n';
import '../../../styles/backoffice-data.css';
import { ApiError } from '../../../lib/api-client';
import { plansQueryOptions } from '../../../lib/api/get-plans';
import { useSession } from '../../../lib/session';
import { useImportPlan } from '../api/import-plan';
import { EMPTY_FIELDS, PLAN_FIELDS, type PlanField, type PlanFields } from '../types';
import { PlanImportResultView } from './plan-import-result';

const PATTERNS: Partial<Record<PlanField, { re: RegExp; message: 'planPattern' | 'periodPattern' | 'countPattern' }>> = {
  plan: { re: /^[a-z0-9][a-z0-9-]{0,63}$/, message: 'planPattern' },
  period: { re: /^\d{4}(-\d{4})?$/, message: 'periodPattern' },
  declaredAxes: { re: /^\d{1,4}$/, message: 'countPattern' },
  declaredStrategies: { re: /^\d{1,4}$/, message: 'countPattern' },
  declaredActions: { re: /^\d{1,4}$/, message: 'countPattern' },
};

/** What was checked: the same file (name, size, date) with the same fields may be imported. */
const signatureOf = (file: File | null, fields: PlanFields) => (file ? JSON.stringify([file.name, file.size, file.lastModified, fields]) : '');

type Problems = { file: ImportIssue[]; fields: Partial<Record<PlanField | 'file', string>>; other: string[] };
const NO_PROBLEMS: Problems = { file: [], fields: {}, other: [] };

function problemsOf(err: unknown): Problems {
  if (!(err instanceof ApiError)) return { ...NO_PROBLEMS, other: [String(err)] };
  const issues = Array.isArray(err.problem.errors) ? (err.problem.errors as ImportIssue[]) : [];
  if (err.status === 422) return { ...NO_PROBLEMS, file: issues.length ? issues : [{ message: err.detail || err.title }] };
  const out: Problems = { file: [], fields: {}, other: [] };
  for (const i of issues) {
    const field = i.name === 'file' ? 'file' : PLAN_FIELDS.find((f) => f === i.name);
    if (field) out.fields[field] = i.message;
    else out.other.push(i.name ? `${i.name}: ${i.message}` : i.message);
  }
  if (!issues.length) out.other.push(`${err.detail || err.title}${err.status ? ` (HTTP ${err.status})` : ''}`);
  return out;
}

/** /gestione/piano: the plan structure file with the plan's details; "Verifica" (dry run) before "Importa". */
export function PlanImportForm() {
  const { t } = useTranslation('planImport');
  const session = useSession();
  const csrfToken = session.data?.csrfToken;
  // The codes already loaded, as a reminder: re-read after a minute (another admin may have imported one).
  const plans = useQuery({ ...plansQueryOptions(), staleTime: 60_000 });
  const run = useImportPlan(csrfToken);
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<PlanFields>(EMPTY_FIELDS);
  const [submitted, setSubmitted] = useState(false);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [checked, setChecked] = useState('');
  const problemRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const signature = signatureOf(file, fields);
  const verified = Boolean(result?.dryRun) && checked === signature;

  const clientError = (f: PlanField | 'file'): string | null => {
    if (!submitted) return null;
    if (f === 'file') return file ? null : t('form.fileRequired');
    const v = fields[f].trim();
    const p = PATTERNS[f];
    return v && p && !p.re.test(v) ? t(`form.${p.message}`) : null;
  };
  const errorOf = (f: PlanField | 'file') => clientError(f) ?? problems.fields[f] ?? null;
  const hasClientErrors = () => !file || PLAN_FIELDS.some((f) => fields[f].trim() && PATTERNS[f] && !PATTERNS[f]!.re.test(fields[f].trim()));

  const go = (dryRun: boolean) => {
    setSubmitted(true);
    setProblems(NO_PROBLEMS);
    if (hasClientErrors() || !file) return;
    run.mutate(
      { file, fields, dryRun },
      {
        onSuccess: (r) => {
          setResult(r);
          setChecked(r.dryRun ? signature : '');
          requestAnimationFrame(() => resultRef.current?.focus());
        },
        onError: (err) => {
          setResult(null);
          setProblems(problemsOf(err));
          requestAnimationFrame(() => problemRef.current?.focus());
        },
      },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(true);
  };
  const set = (f: PlanField, v: string) => {
    setFields((x) => ({ ...x, [f]: v }));
    if (problems.fields[f]) setProblems((p) => ({ ...p, fields: { ...p.fields, [f]: undefined } }));
  };

  const field = (f: PlanField, opts: { hint?: ReactNode; required?: boolean; inputMode?: 'numeric'; list?: string } = {}) => {
    const error = errorOf(f);
    const describedBy = [error ? `pi-${f}-error` : null, opts.hint ? `pi-${f}-hint` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className="bod-field">
        <label htmlFor={`pi-${f}`}>
          {t(`form.${f}`)}
          {opts.required && <span className="bod-required"> ({t('form.required')})</span>}
        </label>
        <input
          id={`pi-${f}`}
          className="form-control"
          value={fields[f]}
          onChange={(e) => set(f, e.target.value)}
          inputMode={opts.inputMode}
          list={opts.list}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        {opts.hint && (
          <p id={`pi-${f}-hint`} className="bod-help">
            {opts.hint}
          </p>
        )}
        {error && (
          <p id={`pi-${f}-error`} className="bod-field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const fileError = errorOf('file');
  const fieldProblems = Object.entries(problems.fields).filter(([, m]) => m);
  const existing = plans.data?.items.map((p) => p.code) ?? [];
  return (
    <div className="bod plan-import">
      <form onSubmit={submit} noValidate aria-labelledby="plan-form-heading">
        <h2 id="plan-form-heading" className="h4">
          {t('form.heading')}
        </h2>
        {(problems.file.length > 0 || fieldProblems.length > 0 || problems.other.length > 0) && (
          <div ref={problemRef} tabIndex={-1} className="alert alert-danger" role="alert">
            <h3 className="h5">{problems.file.length ? t('errors.fileTitle') : fieldProblems.length ? t('errors.fieldsTitle') : t('errors.failed')}</h3>
            {fieldProblems.length > 0 && (
              <ul>
                {fieldProblems.map(([f, m]) => (
                  <li key={f}>
                    <a
                      href={`#pi-${f}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(`pi-${f}`)?.focus();
                      }}
                    >
                      {f === 'file' ? t('form.file') : t(`form.${f as PlanField}`)}: {m}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {problems.other.map((m) => (
              <p key={m} className="mb-0">
                {m}
              </p>
            ))}
          </div>
        )}
        {problems.file.length > 0 && (
          <IssueTable issues={problems.file} labels={{ caption: t('errors.caption'), row: t('errors.row'), column: t('errors.column'), message: t('errors.message') }} />
        )}
        <div className="bod-field plan-import__file-field">
          <p className="bod-label" id="pi-file-label">
            {t('form.file')} <span className="bod-required">({t('form.required')})</span>
          </p>
          <p className="plan-import__file-row">
            <input
              id="pi-file"
              type="file"
              className="import-drop__input"
              accept=".xlsx,.csv,.json,.yaml,.yml"
              aria-labelledby="pi-file-label pi-file-button"
              aria-describedby={`pi-file-chosen pi-file-hint${fileError ? ' pi-file-error' : ''}`}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setProblems(NO_PROBLEMS);
              }}
            />
            <label htmlFor="pi-file" id="pi-file-button" className="btn btn-outline-primary btn-sm import-drop__button">
              {t('form.choose')}
            </label>{' '}
            <span id="pi-file-chosen" className="plan-import__chosen" aria-live="polite">
              {file ? t('form.chosen', { name: file.name }) : t('form.noFile')}
            </span>
          </p>
          <p id="pi-file-hint" className="bod-help">
            {t('form.fileHelp')}
          </p>
          {fileError && (
            <p id="pi-file-error" className="bod-field-error">
              {fileError}
            </p>
          )}
        </div>
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
          <button type="submit" className="btn btn-primary" disabled={run.isPending || !csrfToken}>
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
