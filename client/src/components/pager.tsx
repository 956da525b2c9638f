type Props = {
  label: string;
  page: number;
  pages: number;
  pageText: string;
  previous: string;
  next: string;
  onPage: (page: number) => void;
};

/** Previous / next with "page n of m" between (buttons: the page lives in the URL's query). Styles: .bod-pager in styles/backoffice-data.css. */
export function Pager({ label, page, pages, pageText, previous, next, onPage }: Props) {
  return (
    <nav className="bod-pager" aria-label={label}>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {previous}
      </button>
      <span className="bod-pager__text" aria-live="polite">
        {pageText}
      </span>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {next}
      </button>
    </nav>
  );
}
