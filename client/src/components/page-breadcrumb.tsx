import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../i18n/link';

/** One step; `lang` marks a label in another language than the page's (the plan's Italian titles on English pages). */
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
              ) : c.lang ? (
                <span lang={c.lang}>{c.label}</span>
              ) : (
                c.label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
