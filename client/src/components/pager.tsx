import { useTranslation } from 'react-i18next';

type Props = {
  /** What is paged, for the navigation landmark ("Pagine degli errori"). */
  label: string;
  page: number;
  pages: number;
  /** Button texts when "Precedente" / "Successiva" would not fit (e.g. newer / older). */
  previous?: string;
  next?: string;
  onPage: (page: number) => void;
};

/** Previous / next with "page n of m" between (buttons: the page lives in the URL's query). */
export function Pager({ label, page, pages, previous, next, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="psm-pager" aria-label={label}>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {previous ?? t('pager.previous')}
      </button>
      <span className="psm-pager__text" aria-live="polite">
        {t('pager.page', { page, pages })}
      </span>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {next ?? t('pager.next')}
      </button>
    </nav>
  );
}
