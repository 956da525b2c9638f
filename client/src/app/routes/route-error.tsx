import { useRouteError } from 'react-router-dom';
import { ErrorState } from '../../components/query-states';
import { strings } from '../../lib/strings';

/** Last resort when a route fails outside the page's own boundaries. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="container site-main">
      <ErrorState error={error} title={strings.states.unexpected} onRetry={() => window.location.reload()} />
    </main>
  );
}
