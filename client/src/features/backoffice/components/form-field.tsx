import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A labelled form field: the label above the control, an optional hint, and the error in words
 * under it, tied with aria-describedby / aria-invalid. `children` renders the control with the
 * props it receives: `<FormField id="x" label="…">{(p) => <input className="form-control" {...p} />}</FormField>`.
 */
export function FormField({ id, label, required, hint, error, className, children }: FieldProps) {
  const { t } = useTranslation('backoffice');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`psm-field${error ? ' psm-field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="psm-field__label">
        {label}
        {required && <span className="psm-field__required"> {t('form.requiredMark')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="psm-field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required ? true : undefined })}
      {error && (
        <p id={errorId} className="psm-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Moves the keyboard focus to the element when `key` changes to a non-null value (a new error, a new result). */
export function useFocusOn<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key != null && key !== false) ref.current?.focus();
  }, [key]);
  return ref;
}

export type SummaryItem = { id: string; label: string; message: string };

/**
 * The errors of a form at the top, each a link that moves to its field, focused when it appears
 * (or when `attempt` changes: each failed submit) so screen-reader users hear it at once.
 */
export function ErrorSummary({ items, other = [], attempt, title }: { items: SummaryItem[]; other?: string[]; attempt: number; title?: string }) {
  const { t } = useTranslation('backoffice');
  const count = items.length + other.length;
  const ref = useFocusOn<HTMLDivElement>(count ? attempt : null);
  if (!count) return null;
  return (
    <div ref={ref} className="alert alert-danger psm-error-summary" role="alert" tabIndex={-1}>
      <h2 className="h5">{title ?? t('form.summaryTitle', { count })}</h2>
      <p>{t('form.summaryIntro')}</p>
      <ul>
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
