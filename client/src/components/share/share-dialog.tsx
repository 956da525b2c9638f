import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { EMBED_SIZE, embeddablePage, embedIframe, embedPath } from '@psm/server/contract/embed';
import '../../styles/share.css';
import { citations, type CitationInput } from './citation';
import { CopyField } from './copy-field';
import './i18n';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last. A modal
 * <dialog> makes the page behind inert, but browsers still let Tab leave for their own toolbar.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, textarea, a[href]')];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** What the page shares: its kind and code, its title as the heading reads, how current its data is. */
export type ShareProps = Pick<CitationInput, 'kind' | 'code' | 'title' | 'version'>;

/** The "Condividi" button of a page, opening the share dialog; focus returns to it on close. */
export function ShareButton(props: ShareProps) {
  const { t } = useTranslation('share');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className="btn btn-outline-primary btn-sm psm-share-button" aria-haspopup="dialog" aria-label={t('openLabel')} onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && <ShareDialog {...props} onClose={close} />}
    </>
  );
}

/**
 * A modal <dialog> (the page behind is inert, Tab wraps inside, Escape closes it): the permalink of the
 * current view, the embed code and how to cite the page, each with a copy button.
 */
export function ShareDialog({ onClose, ...share }: ShareProps & { onClose: () => void }) {
  const { t } = useTranslation('share');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const location = useLocation();
  const [accessed] = useState(() => new Date());
  const [status, setStatus] = useState('');

  useEffect(() => {
    const dialog = ref.current!;
    // jsdom has no showModal: the dialog is then simply open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const origin = window.location.origin;
  const permalink = `${origin}${location.pathname}${location.search}`;
  const page = embeddablePage(location.pathname, location.search);
  const embed = page && embedIframe(`${origin}${embedPath(page)}`, share.title, '100%', EMBED_SIZE.height[page.kind]);
  const cite = citations({ ...share, url: permalink, accessed }, t);
  const onCopied = (ok: boolean) => setStatus(ok ? t('copied') : t('copyFailed'));
  // Leave the modal state first: while it lasts the rest of the page is inert and the opener cannot take focus.
  const close = () => {
    if (ref.current?.open && typeof ref.current.close === 'function') ref.current.close();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="psm-share"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        } else if (e.key === 'Tab') keepFocusInside(e);
      }}
    >
      <div className="psm-share__head">
        <h2 id={titleId} className="h4 mb-0">
          {t('title')}
        </h2>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={close}>
          {t('close')}
        </button>
      </div>
      <p className="psm-share__subject">{share.title}</p>

      <section aria-labelledby={`${titleId}-link`}>
        <h3 id={`${titleId}-link`} className="h6">
          {t('permalink.heading')}
        </h3>
        <p className="psm-share__hint">{t('permalink.hint')}</p>
        <CopyField label={t('permalink.label')} value={permalink} copyLabel={t('permalink.copy')} onCopied={onCopied} />
      </section>

      {embed && (
        <section aria-labelledby={`${titleId}-embed`}>
          <h3 id={`${titleId}-embed`} className="h6">
            {t('embed.heading')}
          </h3>
          <p className="psm-share__hint">{t(`embed.hint.${page.kind}`)}</p>
          <CopyField label={t('embed.label')} value={embed} copyLabel={t('embed.copy')} rows={3} onCopied={onCopied} />
        </section>
      )}

      <section aria-labelledby={`${titleId}-cite`}>
        <h3 id={`${titleId}-cite`} className="h6">
          {t('cite.heading')}
        </h3>
        <CopyField label={t('cite.short')} value={cite.short} copyLabel={t('cite.copyShort')} rows={3} onCopied={onCopied} />
        <CopyField label={t('cite.long')} value={cite.long} copyLabel={t('cite.copyLong')} rows={5} onCopied={onCopied} />
        <CopyField label={t('cite.bibtex')} value={cite.bibtex} copyLabel={t('cite.copyBibtex')} rows={9} onCopied={onCopied} />
      </section>
      <p role="status" className="psm-share__status">
        {status}
      </p>
    </dialog>
  );
}
