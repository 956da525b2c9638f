import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { SessionInfo } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { hasRole } from '../../../lib/session';
import '../i18n';
import { SECTIONS } from '../utils/sections';

/** The sections the user's role may use; the current one (or the one the page belongs to) marked. */
export function BackOfficeNav({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('backoffice');
  const { pathname } = useLocation();
  const visible = SECTIONS.filter((s) => hasRole(session, ...s.roles));
  return (
    <nav className="psm-bo-nav" aria-label={t('nav.label')}>
      <ul className="psm-bo-nav__list">
        {visible.map((s) => {
          const exact = pathname.replace(/\/$/, '') === s.to;
          const within = s.match.test(pathname);
          return (
            <li key={s.key}>
              <Link
                to={s.to}
                className={`psm-bo-nav__link${within ? ' psm-bo-nav__link--current' : ''}`}
                aria-current={exact ? 'page' : within ? 'true' : undefined}
              >
                {t(`nav.${s.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
