import { useTranslation } from 'react-i18next';
import { Link } from '../../i18n/link';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('states.notFoundTitle'));
  return (
    <div className="page-head">
      <h1>{t('states.notFoundTitle')}</h1>
      <p>{t('states.notFoundText')}</p>
      <p>
        <Link to={paths.home()}>{t('states.backHome')}</Link>
      </p>
    </div>
  );
}
