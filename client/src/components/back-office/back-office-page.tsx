import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageBreadcrumb, type Crumb } from '../page-breadcrumb';

/** Home / Area riservata / …crumbs / the page: every step a link but the last. */
export function BackOfficeBreadcrumb({ crumbs, root = false }: { crumbs: Crumb[]; root?: boolean }) {
  const { t } = useTranslation();
  const items: Crumb[] = [
    { label: t('breadcrumb.home'), to: paths.home() },
    ...(root ? [] : [{ label: t('nav.backOffice'), to: paths.backOffice.home() }]),
    ...crumbs,
  ];
  return <PageBreadcrumb items={items} />;
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

/**
 * The frame of a back-office page: breadcrumb, h1, tab title, optional lead paragraph. Every page
 * below /gestione is already inside the shell (features/backoffice), which sends visitors to the
 * login and shows the user and the sections of their role. Styles: styles/backoffice.css.
 */
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
