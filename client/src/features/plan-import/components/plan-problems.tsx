import type { ImportIssue } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { FileProblems } from '../../../components/back-office/file-problems';
import type { SummaryItem } from '../../../components/forms/error-summary';

type Props = { fileIssues: readonly ImportIssue[]; fields: SummaryItem[]; other: string[]; attempt: number };

/** What the server refused of a plan file, with the table of the file's problems. */
export function PlanProblems(props: Props) {
  const { t } = useTranslation('planImport');
  const texts = {
    fileTitle: t('errors.fileTitle'),
    fieldsTitle: t('errors.fieldsTitle'),
    failed: t('errors.failed'),
    caption: t('errors.caption'),
    row: t('errors.row'),
    column: t('errors.column'),
    message: t('errors.message'),
  };
  return <FileProblems {...props} texts={texts} />;
}
