import type { ImportIssue } from '@psm/server/contract';
import { formatNumber } from '../../lib/format';

export type IssueTableLabels = {
  /** The table's name: its caption and the label of its scrolling region. */
  caption: string;
  row: string;
  column: string;
  message: string;
  /** The header of the value column, when there is one. */
  value?: string;
};

type Props = {
  issues: readonly ImportIssue[];
  labels: IssueTableLabels;
  /** The value at fault, as the message quotes it: a column of its own (with `labels.value`). */
  quotedValue?: (issue: ImportIssue) => string | null;
};

const DASH = '–';

/**
 * The problems of a file, one row each: the row number, the column (or the field named), the value
 * when known, and the message. Wider than a phone: it scrolls sideways inside its own region.
 * Styles: styles/backoffice-data.css (`.bod-table`, `.bod-issues*`).
 */
export function IssueTable({ issues, labels, quotedValue }: Props) {
  const withValues = quotedValue !== undefined && labels.value !== undefined;
  return (
    <div className="table-responsive" tabIndex={0} role="region" aria-label={labels.caption}>
      <table className={`table table-sm bod-table${withValues ? ' bod-issues--values' : ''}`}>
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="bod-num">
              {labels.row}
            </th>
            <th scope="col">{labels.column}</th>
            {withValues && <th scope="col">{labels.value}</th>}
            <th scope="col">{labels.message}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const value = withValues ? quotedValue(issue) : null;
            return (
              <tr key={i}>
                <td className="bod-num">{issue.row != null ? formatNumber(issue.row, 0) : DASH}</td>
                <td>{(issue.column ?? issue.name) ? <code>{issue.column ?? issue.name}</code> : DASH}</td>
                {withValues && <td>{value != null ? <code>{value === '' ? '""' : value}</code> : DASH}</td>}
                <td className="bod-issues__message">{issue.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
