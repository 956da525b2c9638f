import { Link, Outlet, ScrollRestoration } from 'react-router-dom';
import { strings } from '../lib/strings';
import { ErrorBoundary } from './error-boundary';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.app.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__slim">
          <div className="container">
            <span className="site-header__body">{strings.app.body}</span>
          </div>
        </div>
        <div className="site-header__center">
          <div className="container">
            <Link to="/" className="site-header__brand">
              <span className="site-header__product">{strings.app.product}</span>
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer__title">{strings.app.body}</p>
          <p>{strings.app.footerData}</p>
          <p>
            <a href="/api/docs">{strings.app.footerApi}</a>
          </p>
          <p className="site-footer__note">{strings.app.footerNote}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
