import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link';

export type Crumb = { label: string; to?: string; lang?: string };

/** Bootstrap Italia's breadcrumb: every step a link, the page itself last and marked as current. */
export function PageBreadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb-container" aria-label={t('breadcrumb.label')}>
      <ol className="breadcrumb">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className={`breadcrumb-item${last ? ' active' : ''}`} aria-current={last ? 'page' : undefined}>
              {c.to && !last ? (
                <Fragment>
                  <Link to={c.to} lang={c.lang}>
                    {c.label}
                  </Link>
                  <span className="separator" aria-hidden="true">
                    /
                  </span>
                </Fragment>
              ) : (
                <span lang={c.lang}>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
