import { useTranslation } from 'react-i18next';
import { useFocusOn } from '../../lib/use-focus-on';
import './i18n';

export type SummaryItem = { id: string; label: string; message: string };

type Props = {
  items: SummaryItem[];
  /** Errors tied to no field (shown as text). */
  other?: string[];
  /** Focused when it changes while there are errors: bump it on each failed submit. */
  attempt: number;
  /** Default: "Il modulo contiene N errori". */
  title?: string;
  /** 'default': with a line on what to do (styles/backoffice.css); 'data': title and list only (styles/backoffice-data.css). */
  variant?: 'default' | 'data';
};

/**
 * The errors of a form at the top, each a link that moves to its field, focused when it appears
 * (or when `attempt` changes: each failed submit) so screen-reader users hear it at once.
 */
export function ErrorSummary({ items, other = [], attempt, title, variant = 'default' }: Props) {
  const { t } = useTranslation('forms');
  const count = items.length + other.length;
  const ref = useFocusOn<HTMLDivElement>(count ? attempt : null);
  if (!count) return null;
  return (
    <div ref={ref} className={`alert alert-danger ${variant === 'data' ? 'bod-summary' : 'psm-error-summary'}`} role="alert" tabIndex={-1}>
      <h2 className="h5">{title ?? t('summaryTitle', { count })}</h2>
      {variant === 'default' && <p>{t('summaryIntro')}</p>}
      <ul className={variant === 'data' ? 'mb-0' : undefined}>
        {items.map((i) => (
          <li key={i.id}>
            <a
              href={`#${i.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(i.id)?.focus();
              }}
            >
              {i.label}: {i.message}
            </a>
          </li>
        ))}
        {other.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
