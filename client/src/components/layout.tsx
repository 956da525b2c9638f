import { Collapse, Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers, HeaderToggler, Nav, NavItem, Skiplink, SkiplinkItem } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useParams } from 'react-router-dom';
import { LANG_PARAM } from '../i18n/i18n';
import { useSyncLanguage } from '../i18n/language';
import { Link, NavLink, PlainLink } from '../i18n/link';
import { newestPlan, usePlans } from '../lib/api/get-plans';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';
import { ErrorBoundary } from './error-boundary';
import { SiteFooter } from './site-footer';

/** The plan the navigation points at: the one in the URL, else the last one opened, else the newest. */
function useNavPlan(): string | null {
  const { plan } = useParams();
  const plans = usePlans();
  const [last, setLast] = useState<string | null>(() => sessionStorage.getItem('psm:plan'));
  useEffect(() => {
    if (plan && plan !== last) {
      sessionStorage.setItem('psm:plan', plan);
      setLast(plan);
    }
  }, [plan, last]);
  return plan ?? last ?? (plans.data ? newestPlan(plans.data.items) : null);
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  if (i18n.language === 'en') params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, 'en');
  const query = params.toString();
  const href = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  const other = i18n.language === 'en' ? 'it' : 'en';
  return (
    <div className="psm-lang">
      <span className="visually-hidden">{t('language.label')}: {t('language.current')}. </span>
      {/* The target language is explicit here, so not the language-keeping Link. */}
      <PlainLink to={href} lang={other} hrefLang={other} aria-label={t('language.switchToLabel')} className="psm-lang__link">
        {t('language.switchTo')}
      </PlainLink>
    </div>
  );
}

function AccountLink() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.data) {
    return (
      <Link to={paths.backOffice.home()} className="btn btn-primary btn-icon btn-full psm-account">
        <span className="psm-account__name d-none d-sm-inline">{session.data.user.name ?? session.data.user.email}</span>
        <span className="visually-hidden d-sm-none">{session.data.user.name ?? session.data.user.email} – </span>
        <span className="d-sm-none">{t('nav.backOfficeShort')}</span>
        <span className="visually-hidden d-none d-sm-inline"> – {t('nav.backOffice')}</span>
      </Link>
    );
  }
  return (
    <Link to={paths.login(`${location.pathname}${location.search}`)} className="btn btn-primary btn-icon btn-full psm-account">
      {t('nav.login')}
    </Link>
  );
}

export function Layout() {
  const { t } = useTranslation();
  useSyncLanguage();
  const plan = useNavPlan();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const nav = [
    { to: plan ? paths.plan(plan) : paths.home(), label: t('nav.home'), end: true },
    ...(plan
      ? [
          { to: paths.monitoring(plan), label: t('nav.monitoring'), end: false },
          { to: paths.actions(plan), label: t('nav.actions'), end: false },
          { to: paths.coherence(plan), label: t('nav.coherence'), end: false },
        ]
      : []),
    { to: paths.indicators(), label: t('nav.indicators'), end: false },
  ];

  return (
    <>
      <Skiplink>
        <SkiplinkItem href="#main">{t('app.skipToContent')}</SkiplinkItem>
        <SkiplinkItem href="#footer">{t('app.skipToFooter')}</SkiplinkItem>
      </Skiplink>
      {/* The banner landmark: the kit's header wrappers are plain divs (axe: "region"). */}
      <header>
        <Headers>
          <Header type="slim" theme="">
            <HeaderContent>
              <HeaderBrand href={t('app.bodyUrl')} responsive>
                {t('app.body')}
              </HeaderBrand>
              <HeaderRightZone>
                <LanguageSwitch />
                <AccountLink />
              </HeaderRightZone>
            </HeaderContent>
          </Header>
          <div className="it-nav-wrapper">
            <Header type="center" theme="">
              <HeaderContent>
                <div className="it-brand-wrapper">
                  <Link to={plan ? paths.plan(plan) : paths.home()}>
                    <div className="it-brand-text">
                      <div className="it-brand-title">{t('app.product')}</div>
                      <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                    </div>
                  </Link>
                </div>
              </HeaderContent>
            </Header>
            <Header type="navbar" theme="">
              <HeaderContent expand="lg" megamenu={false}>
                <HeaderToggler
                  aria-controls="psm-nav"
                  aria-expanded={menuOpen}
                  aria-label={menuOpen ? t('nav.close') : t('nav.open')}
                  onClick={() => setMenuOpen((o) => !o)}
                >
                  <span className="psm-burger" aria-hidden="true">
                    ☰
                  </span>
                </HeaderToggler>
                <Collapse isOpen={menuOpen} navbar header onOverlayClick={() => setMenuOpen(false)} id="psm-nav" closeSrText={t('nav.close')}>
                  <nav className="menu-wrapper" aria-label={t('nav.label')}>
                    <Nav navbar>
                      {nav.map((item) => (
                        <NavItem key={item.label}>
                          <NavLink to={item.to} end={item.end} className="nav-link">
                            <span>{item.label}</span>
                          </NavLink>
                        </NavItem>
                      ))}
                    </Nav>
                  </nav>
                </Collapse>
              </HeaderContent>
            </Header>
          </div>
        </Headers>
      </header>
      <main id="main" className="container psm-main" tabIndex={-1}>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
