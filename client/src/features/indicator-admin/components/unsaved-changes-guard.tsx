import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router-dom';
import '../i18n';

/**
 * Warns before unsaved changes are lost: the browser's own prompt on reload or close, and ours when a
 * link leads to another page (react-router's blocker; a language switch keeps the page and the edits).
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  // useBlocker works only under a data router (the app's); plain routers (some tests) get the browser prompt only.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return dataRouter ? <LeavePrompt when={when} /> : null;
}

function LeavePrompt({ when }: { when: boolean }) {
  const { t } = useTranslation('indicatorAdmin');
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  const ref = useRef<HTMLDivElement>(null);
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) ref.current?.focus();
  }, [blocked]);
  if (!blocked) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-warning bod-guard" role="alertdialog" aria-labelledby="bod-guard-title" aria-describedby="bod-guard-text">
      <h2 id="bod-guard-title" className="h5">
        {t('guard.title')}
      </h2>
      <p id="bod-guard-text">{t('guard.text')}</p>
      <div className="bod-actions">
        <button type="button" className="btn btn-primary" onClick={() => blocker.reset?.()}>
          {t('guard.stay')}
        </button>
        <button type="button" className="btn btn-outline-danger" onClick={() => blocker.proceed?.()}>
          {t('guard.leave')}
        </button>
      </div>
    </div>
  );
}
