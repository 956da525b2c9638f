import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, OfficeImportResult } from '@psm/server/contract';
import '../../../styles/backoffice-data.css';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { FileField } from '../../../components/back-office/file-field';
import { FileProblems } from '../../../components/back-office/file-problems';
import { useForm } from '../../../components/forms/use-form';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { problemIssues, problemText } from '../../../lib/problem';
import { useImportOffices } from '../api/office-writes';
import '../i18n';
import { OfficeImportResultView } from './office-import-result';

/** What was checked: the same file (name, size, date) may be loaded. */
const signatureOf = (file: File | null) => (file ? JSON.stringify([file.name, file.size, file.lastModified]) : '');

/** /gestione/uffici/carica: an offices spreadsheet; "Verifica" (dry run) shows every problem or what would change, then "Carica". */
export function OfficeImport() {
  const { t } = useTranslation('offices');
  const run = useImportOffices();
  const [fileIssues, setFileIssues] = useState<ImportIssue[]>([]);
  const [result, setResult] = useState<OfficeImportResult | null>(null);
  const [checked, setChecked] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const form = useForm({
    id: 'offices-file',
    fields: ['file'] as const,
    initial: (): { file: File | null } => ({ file: null }),
    live: true,
    validate: (v) => ({ file: v.file ? undefined : t('import.fileRequired') }),
  });
  const verified = Boolean(result?.dryRun) && checked === signatureOf(form.values.file);

  const go = (dryRun: boolean) => {
    setFileIssues([]);
    form.handleSubmit(async ({ file }) => {
      try {
        const r = await run.mutateAsync({ file: file!, dryRun });
        setResult(r);
        setChecked(r.dryRun ? signatureOf(file) : '');
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

  const refused = form.refused.file ? [{ id: form.idOf('file'), label: t('import.file'), message: form.refused.file }] : [];
  const texts = {
    file: { label: t('import.file'), required: t('import.required'), choose: t('import.choose'), chosen: (name: string) => t('import.chosen', { name }), noFile: t('import.noFile'), help: t('import.fileHelp') },
    problems: {
      fileTitle: t('import.problemsTitle'),
      fieldsTitle: t('import.fieldsTitle'),
      failed: t('import.failed'),
      caption: t('import.caption'),
      row: t('import.row'),
      column: t('import.column'),
      message: t('import.message'),
    },
  };
  return (
    <BackOfficePage title={t('import.title')} crumbs={[{ label: t('page.title'), to: paths.backOffice.offices() }]} lead={t('import.lead')}>
      <div className="bod plan-import">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            go(true);
          }}
          noValidate
          aria-label={t('import.title')}
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
              {run.isPending && run.variables?.dryRun ? t('import.verifying') : t('import.verify')}
            </button>
            <button type="button" className="btn btn-success" disabled={!verified || run.isPending} onClick={() => go(false)} aria-describedby="offices-load-help">
              {run.isPending && run.variables?.dryRun === false ? t('import.loading') : t('import.load')}
            </button>
          </div>
          <p id="offices-load-help" className="bod-help">
            {t('import.loadHelp')}
          </p>
        </form>
        <div ref={resultRef} tabIndex={-1} className="plan-import__result">
          {result && (!result.dryRun || verified) && <OfficeImportResultView result={result} />}
        </div>
        <p>
          <Link to={paths.backOffice.offices()}>{t('import.back')}</Link>
        </p>
      </div>
    </BackOfficePage>
  );
}
