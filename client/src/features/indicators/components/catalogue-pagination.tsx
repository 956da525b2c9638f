import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Link } from '../../../i18n/link';
import '../i18n';

/** The page numbers to show: first, last and the neighbours of the current one, with gaps as null. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** Bootstrap Italia pagination as links: each page has its own URL (`?pagina=2`). */
export function CataloguePagination({ page, pages, param = 'pagina' }: { page: number; pages: number; param?: string }) {
  const { t } = useTranslation('indicators');
  const location = useLocation();
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(location.search);
    if (p === 1) q.delete(param);
    else q.set(param, String(p));
    const s = q.toString();
    return `${location.pathname}${s ? `?${s}` : ''}`;
  };
  return (
    <nav className="pagination-wrapper ind-pagination" aria-label={t('catalogue.pagination')}>
      <ul className="pagination">
        <li className={`page-item${page <= 1 ? ' disabled' : ''}`}>
          {page > 1 ? (
            <Link className="page-link" to={href(page - 1)}>
              <span aria-hidden="true">‹</span>
              <span className="visually-hidden">{t('catalogue.previous')}</span>
            </Link>
          ) : (
            <span className="page-link" aria-hidden="true">
              ‹
            </span>
          )}
        </li>
        {pageWindow(page, pages).map((p, i) =>
          p == null ? (
            <li key={`gap-${i}`} className="page-item">
              <span className="page-link" aria-hidden="true">
                …
              </span>
            </li>
          ) : (
            <li key={p} className="page-item">
              <Link
                className="page-link"
                to={href(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={p === page ? t('catalogue.currentPage', { page: p }) : t('catalogue.page', { page: p })}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li className={`page-item${page >= pages ? ' disabled' : ''}`}>
          {page < pages ? (
            <Link className="page-link" to={href(page + 1)}>
              <span aria-hidden="true">›</span>
              <span className="visually-hidden">{t('catalogue.next')}</span>
            </Link>
          ) : (
            <span className="page-link" aria-hidden="true">
              ›
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
