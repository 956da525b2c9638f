import type { ImportIssue } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { IssueTable } from '../../../components/back-office/issue-table';
import type { SummaryItem } from '../../../components/forms/error-summary';
import { useFocusOn } from '../../../lib/use-focus-on';

type Props = {
  /** The file's problems by row and column (422): nothing was written. */
  fileIssues: readonly ImportIssue[];
  /** The fields the server refused (400), each a link to its field. */
  fields: SummaryItem[];
  /** Anything else the server said. */
  other: string[];
  /** Bumps on each submit: the alert takes the focus when it appears. */
  attempt: number;
};

/** What the server refused, at the top of the form (focused), with the table of the file's problems. */
export function PlanProblems({ fileIssues, fields, other, attempt }: Props) {
  const { t } = useTranslation('planImport');
  const shown = fileIssues.length > 0 || fields.length > 0 || other.length > 0;
  const ref = useFocusOn<HTMLDivElement>(shown ? attempt : null);
  if (!shown) return null;
  return (
    <>
      <div ref={ref} tabIndex={-1} className="alert alert-danger" role="alert">
        <h3 className="h5">{fileIssues.length ? t('errors.fileTitle') : fields.length ? t('errors.fieldsTitle') : t('errors.failed')}</h3>
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
      {fileIssues.length > 0 && (
        <IssueTable issues={fileIssues} labels={{ caption: t('errors.caption'), row: t('errors.row'), column: t('errors.column'), message: t('errors.message') }} />
      )}
    </>
  );
}
