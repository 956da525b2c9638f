import { useTranslation } from 'react-i18next';

/** The fields of an action status the badge needs (from /api/action-statuses or an action row). */
export type StatusLike = { code: string; labelIt: string; labelEn: string; colour: string; rag?: string };

/** A status's label in the page language. */
export function useStatusLabel(): (s: Pick<StatusLike, 'labelIt' | 'labelEn'>) => string {
  const { i18n } = useTranslation();
  return (s) => (i18n.language === 'en' ? s.labelEn : s.labelIt);
}

/**
 * The status of an action: its colour as a swatch and always its name in words, so the colour is
 * never the only carrier of the meaning. `null` = no update recorded yet.
 */
export function StatusBadge({ status, noUpdateLabel }: { status: StatusLike | null; noUpdateLabel: string }) {
  const label = useStatusLabel();
  return (
    <span className={`psm-status${status ? '' : ' psm-status--none'}`} data-status={status?.code ?? 'none'}>
      <span className="psm-status__swatch" style={status ? { backgroundColor: status.colour } : undefined} aria-hidden="true" />
      <span className="psm-status__label">{status ? label(status) : noUpdateLabel}</span>
    </span>
  );
}
