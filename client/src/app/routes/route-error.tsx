import { useRouteError } from 'react-router-dom';
import { ErrorState } from '../../components/query-states';
import { i18n } from '../../i18n/i18n';

/** Last resort when a route fails outside the page's own boundaries. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="container psm-main">
      <ErrorState error={error} title={i18n.t('states.unexpected')} onRetry={() => window.location.reload()} />
    </main>
  );
}
