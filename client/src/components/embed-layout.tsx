import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useSyncLanguage } from '../i18n/language';
import '../styles/embed.css';
import { ErrorBoundary } from './error-boundary';
import './share/i18n';

/**
 * Links inside an embed open the full site in a new tab: the site's other pages refuse frames, and
 * the reader stays on the page that embeds the figure.
 */
function openLinksOutside(event: MouseEvent<HTMLElement>) {
  const anchor = (event.target as HTMLElement).closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank') return;
  event.preventDefault();
  window.open(anchor.href, '_blank', 'noopener');
}

/** The frame of an embeddable page (/embed/…): no header, menus or footer, only the content and its provider. */
export function EmbedLayout() {
  const { t } = useTranslation('share');
  useSyncLanguage();
  return (
    <div className="psm-embed" onClickCapture={openLinksOutside}>
      <main id="main" className="psm-embed__main">
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="psm-embed__footer">
        <a href={t('app.bodyUrl', { ns: 'common' })} target="_blank" rel="noopener noreferrer">
          {t('embedPage.provider', { author: t('cite.author'), product: t('cite.product') })}
        </a>
      </footer>
    </div>
  );
}
