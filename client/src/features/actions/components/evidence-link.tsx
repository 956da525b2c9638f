import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionUpdate } from '@psm/server/contract';
import { formatDate, formatHost } from '../../../lib/format';
import '../i18n';

type Evidence = NonNullable<ActionUpdate['evidence']>;

/** Marks a link to another site; the words for screen readers sit next to it. */
export function ExternalIcon() {
  return (
    <svg className="act-ext-icon" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3zM5 5h6v2H7v10h10v-4h2v6H5V5z" fill="currentColor" />
    </svg>
  );
}

/** A link to another site, opened in the same tab, with a marker and the site's name written out. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation('actions');
  return (
    <a href={href} rel="noopener noreferrer" className="act-ext-link">
      {children}
      <span className="act-ext-link__host">
        {' '}
        <ExternalIcon />
        <span className="visually-hidden">{t('shared.externalSite')}: </span>
        {formatHost(href)}
      </span>
    </a>
  );
}

/** The act an update rests on: "Decreto … n. 45/2025 del 12 marzo 2025", linked when it has an address. */
export function EvidenceLink({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('actions');
  const text = [
    evidence.type,
    evidence.number ? t('detail.evidenceNumber', { number: evidence.number }) : null,
    evidence.date ? t('detail.evidenceDate', { date: formatDate(evidence.date) }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <p className="act-evidence">
      <span className="act-evidence__label">{t('detail.evidence')}:</span>{' '}
      {evidence.url ? <ExternalLink href={evidence.url}>{text}</ExternalLink> : text}
    </p>
  );
}
