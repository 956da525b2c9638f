import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '@psm/server/contract';
import '../i18n';
import { IssueTable } from '../../../components/back-office/issue-table';
import { Pager } from '../../../components/pager';
import { useUrlState } from '../../../i18n/url-state';
import { formatNumber } from '../../../lib/format';
import { messageText } from '../utils/issue-text';
import { issueValue } from '../utils/report-issues';

export const ISSUES_PAGE_SIZE = 25;

type Props = { issues: readonly ImportIssue[]; total: number; truncated: boolean };

/** Every error of the file with its row and column, 25 a page (the page is in the URL: ?errori=2). */
export function ImportIssues({ issues, total, truncated }: Props) {
  const { t } = useTranslation('imports');
  const [state, setState] = useUrlState({ errori: '1' });
  const pages = Math.max(1, Math.ceil(issues.length / ISSUES_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(state.errori, 10) || 1));
  // Each message in the user's language, from its code (the server's English text for a code this client lacks).
  const shown = issues.slice((page - 1) * ISSUES_PAGE_SIZE, page * ISSUES_PAGE_SIZE).map((i) => ({ ...i, message: messageText(i) }));
  return (
    <section className="import-issues" aria-labelledby="import-issues-heading">
      <h3 id="import-issues-heading" className="h5">
        {t('issues.heading')} <span className="import-issues__count">({formatNumber(issues.length, 0)})</span>
      </h3>
      {truncated && <p className="bod-help">{t('issues.truncated', { shown: formatNumber(issues.length, 0), total: formatNumber(total, 0) })}</p>}
      <IssueTable
        issues={shown}
        labels={{ caption: t('issues.caption'), row: t('issues.row'), column: t('issues.column'), value: t('issues.value'), message: t('issues.message') }}
        quotedValue={issueValue}
      />
      {pages > 1 && (
        <Pager
          label={t('issues.pagination')}
          page={page}
          pages={pages}
          onPage={(p) => setState({ errori: String(p) })}
        />
      )}
    </section>
  );
}
