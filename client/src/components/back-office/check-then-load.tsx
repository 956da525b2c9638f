import { type ReactNode, useRef, useState } from 'react';
import type { ImportIssue } from '@psm/server/contract';
import { useForm } from '../forms/use-form';
import { ApiError } from '../../lib/api-client';
import { problemIssues, problemText } from '../../lib/problem';
import { FileField } from './file-field';
import { FileProblems } from './file-problems';

/** The texts of the form, each page in its own words (offices, action register…). */
export type CheckThenLoadText =
  | 'title'
  | 'file'
  | 'fileRequired'
  | 'required'
  | 'choose'
  | 'noFile'
  | 'fileHelp'
  | 'problemsTitle'
  | 'fieldsTitle'
  | 'failed'
  | 'caption'
  | 'row'
  | 'column'
  | 'message'
  | 'verify'
  | 'verifying'
  | 'load'
  | 'loading'
  | 'loadHelp';

type Props<R extends { dryRun: boolean }> = {
  /** Prefix of the form's element ids. */
  id: string;
  /** Sends the file: a dry run (nothing written) or the load; rejects with a 422 ApiError naming the file's problems. */
  send: (file: File, dryRun: boolean) => Promise<R>;
  /** What is being sent now, if anything. */
  pending: { dryRun: boolean } | null;
  text: (key: CheckThenLoadText) => string;
  chosen: (name: string) => string;
  result: (r: R) => ReactNode;
};

/** What was checked: the same file (name, size, date) may be loaded. */
const signatureOf = (file: File | null) => (file ? JSON.stringify([file.name, file.size, file.lastModified]) : '');

/**
 * A spreadsheet loaded in two steps: "Verifica" (a dry run: every problem by row and column, or what
 * would change, nothing written), then "Carica", allowed only for the very file just checked. The
 * problems and the result take the focus when they arrive.
 */
export function CheckThenLoad<R extends { dryRun: boolean }>({ id, send, pending, text, chosen, result: renderResult }: Props<R>) {
  const [fileIssues, setFileIssues] = useState<ImportIssue[]>([]);
  const [result, setResult] = useState<R | null>(null);
  const [checked, setChecked] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const form = useForm({
    id,
    fields: ['file'] as const,
    initial: (): { file: File | null } => ({ file: null }),
    live: true,
    validate: (v) => ({ file: v.file ? undefined : text('fileRequired') }),
  });
  const verified = Boolean(result?.dryRun) && checked === signatureOf(form.values.file);

  const go = (dryRun: boolean) => {
    setFileIssues([]);
    form.handleSubmit(async ({ file }) => {
      try {
        const r = await send(file!, dryRun);
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

  const refused = form.refused.file ? [{ id: form.idOf('file'), label: text('file'), message: form.refused.file }] : [];
  const texts = {
    file: { label: text('file'), required: text('required'), choose: text('choose'), chosen, noFile: text('noFile'), help: text('fileHelp') },
    problems: {
      fileTitle: text('problemsTitle'),
      fieldsTitle: text('fieldsTitle'),
      failed: text('failed'),
      caption: text('caption'),
      row: text('row'),
      column: text('column'),
      message: text('message'),
    },
  };
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go(true);
        }}
        noValidate
        aria-label={text('title')}
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
          <button type="submit" className="btn btn-primary" disabled={pending !== null}>
            {pending?.dryRun ? text('verifying') : text('verify')}
          </button>
          <button type="button" className="btn btn-success" disabled={!verified || pending !== null} onClick={() => go(false)} aria-describedby={`${id}-load-help`}>
            {pending?.dryRun === false ? text('loading') : text('load')}
          </button>
        </div>
        <p id={`${id}-load-help`} className="bod-help">
          {text('loadHelp')}
        </p>
      </form>
      <div ref={resultRef} tabIndex={-1} className="plan-import__result">
        {result && (!result.dryRun || verified) && renderResult(result)}
      </div>
    </>
  );
}
