import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRegisterResult, ImportIssue } from '@psm/server/contract';
import '../../../styles/backoffice-data.css';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { FileField } from '../../../components/back-office/file-field';
import { FileProblems } from '../../../components/back-office/file-problems';
import { useForm } from '../../../components/forms/use-form';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { problemIssues, problemText } from '../../../lib/problem';
import { registerTemplateUrl, useLoadRegister } from '../api/action-register';
import '../i18n';
import { adminPaths } from '../utils/admin-paths';
import { RegisterResult } from './register-result';

/** What was checked: the same file (name, size, date) may be loaded. */
const signatureOf = (file: File | null) => (file ? JSON.stringify([file.name, file.size, file.lastModified]) : '');

const HELP_KEYS = ['columns', 'empty', 'zones', 'fundings', 'milestones'] as const;

/** /gestione/piani/:plan/azioni/registro: a register spreadsheet; "Verifica" (dry run) shows every problem or every change, then "Carica". */
export function ActionRegister({ plan }: { plan: string }) {
  const { t } = useTranslation('actionAdmin');
  const run = useLoadRegister();
  const [fileIssues, setFileIssues] = useState<ImportIssue[]>([]);
  const [result, setResult] = useState<ActionRegisterResult | null>(null);
  const [checked, setChecked] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const form = useForm({
    id: 'register-file',
    fields: ['file'] as const,
    initial: (): { file: File | null } => ({ file: null }),
    live: true,
    validate: (v) => ({ file: v.file ? undefined : t('register.fileRequired') }),
  });
  const verified = Boolean(result?.dryRun) && checked === signatureOf(form.values.file);

  const go = (dryRun: boolean) => {
    setFileIssues([]);
    form.handleSubmit(async ({ file }) => {
      try {
        const r = await run.mutateAsync({ plan, file: file!, dryRun });
        setResult(r);
        setChecked(r.dryRun ? signatureOf(file) : '');
        requestAnimationFrame(() => resultRef.current?.focus());
      } catch (err) {
        setResult(null);
        // 422: the file's problems by row and column; nothing was written.
        if (!(err instanceof ApiError && err.status === 422)) throw err;
        const issues = problemIssues(err);
        setFileIssues(issues.length ? issues : [{ message: err.detail || err.title }]);
      }
    })();
  };

  const refused = form.refused.file ? [{ id: form.idOf('file'), label: t('register.file'), message: form.refused.file }] : [];
  const texts = {
    file: { label: t('register.file'), required: t('register.required'), choose: t('register.choose'), chosen: (name: string) => t('register.chosen', { name }), noFile: t('register.noFile'), help: t('register.fileHelp') },
    problems: {
      fileTitle: t('register.problemsTitle'),
      fieldsTitle: t('register.fieldsTitle'),
      failed: t('register.failed'),
      caption: t('register.caption'),
      row: t('register.row'),
      column: t('register.column'),
      message: t('register.message'),
    },
  };
  return (
    <BackOfficePage title={t('register.title')} crumbs={[{ label: t('list.title'), to: adminPaths.list(plan) }]} lead={t('register.lead')}>
      <div className="bod plan-import">
        <p>
          <a href={registerTemplateUrl(plan)} download>
            {t('register.template')}
          </a>
        </p>
        <details className="psm-bo-help">
          <summary>{t('register.helpTitle')}</summary>
          <ul>
            {HELP_KEYS.map((k) => (
              <li key={k}>{t(`register.help.${k}`)}</li>
            ))}
          </ul>
        </details>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            go(true);
          }}
          noValidate
          aria-label={t('register.title')}
        >
          <FileProblems fileIssues={fileIssues} fields={refused} other={[...form.other, ...(form.failure ? [problemText(form.failure)] : [])]} attempt={form.attempt} texts={texts.problems} />
          <FileField
            id={form.idOf('file')}
            file={form.values.file}
            error={form.errors.file}
            accept=".xlsx,.csv"
            texts={texts.file}
            onFile={(file) => {
              form.set({ file });
              form.clearErrors();
              setFileIssues([]);
            }}
          />
          <div className="bod-actions">
            <button type="submit" className="btn btn-primary" disabled={run.isPending}>
              {run.isPending && run.variables?.dryRun ? t('register.verifying') : t('register.verify')}
            </button>
            <button type="button" className="btn btn-success" disabled={!verified || run.isPending} onClick={() => go(false)} aria-describedby="register-load-help">
              {run.isPending && run.variables?.dryRun === false ? t('register.loading') : t('register.load')}
            </button>
          </div>
          <p id="register-load-help" className="bod-help">
            {t('register.loadHelp')}
          </p>
        </form>
        <div ref={resultRef} tabIndex={-1} className="plan-import__result">
          {result && (!result.dryRun || verified) && <RegisterResult plan={plan} result={result} />}
        </div>
        <p>
          <Link to={adminPaths.list(plan)}>{t('register.back')}</Link>
        </p>
      </div>
    </BackOfficePage>
  );
}
