import type { ImportIssue } from '@psm/server/contract';
import type { SummaryItem } from '../forms/error-summary';
import { useFocusOn } from '../../lib/use-focus-on';
import { IssueTable } from './issue-table';

export type FileProblemsTexts = { fileTitle: string; fieldsTitle: string; failed: string; caption: string; row: string; column: string; message: string };

type Props = {
  /** The file's problems by row and column (422): nothing was written. */
  fileIssues: readonly ImportIssue[];
  /** The fields the server refused (400), each a link to its field. */
  fields: SummaryItem[];
  /** Anything else the server said. */
  other: string[];
  /** Bumps on each submit: the alert takes the focus when it appears. */
  attempt: number;
  texts: FileProblemsTexts;
};

/** What the server refused of an upload, at the top of the form (focused), with the table of the file's problems. */
export function FileProblems({ fileIssues, fields, other, attempt, texts }: Props) {
  const shown = fileIssues.length > 0 || fields.length > 0 || other.length > 0;
  const ref = useFocusOn<HTMLDivElement>(shown ? attempt : null);
  if (!shown) return null;
  return (
    <>
      <div ref={ref} tabIndex={-1} className="alert alert-danger" role="alert">
        <h3 className="h5">{fileIssues.length ? texts.fileTitle : fields.length ? texts.fieldsTitle : texts.failed}</h3>
        {fields.length > 0 && (
          <ul>
            {fields.map((f) => (
              <li key={f.id}>
                <a
                  href={`#${f.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(f.id)?.focus();
                  }}
                >
                  {f.label}: {f.message}
                </a>
              </li>
            ))}
          </ul>
        )}
        {other.map((m) => (
          <p key={m} className="mb-0">
            {m}
          </p>
        ))}
      </div>
      {fileIssues.length > 0 && <IssueTable issues={fileIssues} labels={{ caption: texts.caption, row: texts.row, column: texts.column, message: texts.message }} />}
    </>
  );
}
