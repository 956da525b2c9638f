import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/query-states';

/** Placeholder until the page is built (issue 5). */
export function UsersPage() {
  const { t } = useTranslation();
  return <EmptyState title={t('states.empty')} />;
}
