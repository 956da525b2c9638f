import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../i18n';

export type Crumb = { label: string; to?: string };

/** Home / Area riservata / …crumbs / the page: every step a link but the last. */
export function BackOfficeBreadcrumb({ crumbs, root = false }: { crumbs: Crumb[]; root?: boolean }) {
  const { t } = useTranslation('backoffice');
  const items: Crumb[] = [
    { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
    ...(root ? [] : [{ label: t('area'), to: paths.backOffice.home() }]),
    ...crumbs,
  ];
  return (
    <nav className="breadcrumb-container psm-breadcrumb" aria-label={t('breadcrumb.label', { ns: 'common' })}>
      <ol className="breadcrumb">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className={`breadcrumb-item${last ? ' active' : ''}`} aria-current={last ? 'page' : undefined}>
              {c.to && !last ? (
                <Fragment>
                  <Link to={c.to}>{c.label}</Link>
                  <span className="separator" aria-hidden="true">
                    /
                  </span>
                </Fragment>
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

type PageProps = {
  /** The h1 and the tab title. */
  title: string;
  /** Steps between "Area riservata" and this page (the page itself is added last). */
  crumbs?: Crumb[];
  /** A line under the title. */
  lead?: ReactNode;
  /** The back-office home itself: no "Area riservata" step before the title. */
  root?: boolean;
  children: ReactNode;
};

/** The frame of a back-office page: breadcrumb, h1, tab title, optional lead paragraph. */
export function BackOfficePage({ title, crumbs = [], lead, root, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <article className="psm-bo-page">
      <BackOfficeBreadcrumb crumbs={[...crumbs, { label: title }]} root={root} />
      <header className="psm-bo-page__head">
        <h1>{title}</h1>
        {lead && <p className="lead psm-bo-page__lead">{lead}</p>}
      </header>
      {children}
    </article>
  );
}
