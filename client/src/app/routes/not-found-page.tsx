import { Link } from 'react-router-dom';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle(strings.states.notFoundTitle);
  return (
    <div className="page-head">
      <h1>{strings.states.notFoundTitle}</h1>
      <p>{strings.states.notFoundText}</p>
      <p>
        <Link to={paths.home()}>{strings.states.backHome}</Link>
      </p>
    </div>
  );
}
