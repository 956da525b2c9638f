import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link';
import '../i18n';

/** One task of the back-office home: what it is, an optional count, a link to open it. */
export function HomeCard({ title, text, to, count }: { title: string; text: string; to: string; count?: ReactNode }) {
  const { t } = useTranslation('backoffice');
  return (
    <li className="psm-bo-card psm-panel">
      <div className="psm-panel__body">
        <h2 className="h5 psm-bo-card__title">
          <Link to={to} className="psm-bo-card__link">
            {title}
          </Link>
        </h2>
        {count && <div className="psm-bo-card__count">{count}</div>}
        <p className="psm-bo-card__text">{text}</p>
        <span className="psm-bo-card__more" aria-hidden="true">
          {t('home.open')} →
        </span>
      </div>
    </li>
  );
}
