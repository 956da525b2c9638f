import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Link } from '../../i18n/link';
import { ApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { problemText } from '../../lib/problem';
import { useFocusOn } from '../../lib/use-focus-on';
import './i18n';

/**
 * A failed write that is not about one field, in words: the session ended (401, with a link to
 * sign in again), the CSRF token is stale, the role may not, the server is down, or the problem's
 * own detail. Focused when it appears. Pages handle their own special cases (409, not-assigned) first.
 */
export function WriteError({ error, attempt }: { error: unknown; attempt: number }) {
  const { t } = useTranslation('forms');
  const location = useLocation();
  const ref = useFocusOn<HTMLDivElement>(error ? attempt : null);
  if (!error) return null;
  let text: string;
  let signIn = false;
  if (error instanceof ApiError && error.status === 401) {
    text = t('write.sessionExpired');
    signIn = true;
  } else if (error instanceof ApiError && error.status === 403 && error.type.endsWith('csrf')) text = t('write.csrf');
  else if (error instanceof ApiError && error.status === 403 && error.type.endsWith('forbidden')) text = t('write.forbidden');
  else if (error instanceof ApiError && error.status === 0) text = t('states.unreachable', { ns: 'common' });
  else text = problemText(error);
  return (
    <div ref={ref} className="alert alert-danger" role="alert" tabIndex={-1}>
      <p className="mb-0">{text}</p>
      {signIn && (
        <p className="mb-0 mt-2">
          <Link to={paths.login(`${location.pathname}${location.search}`)}>{t('write.signInAgain')}</Link>
        </p>
      )}
    </div>
  );
}
