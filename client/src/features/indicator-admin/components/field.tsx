import type { ReactNode, RefObject } from 'react';

export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; 'aria-required'?: true };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  requiredText?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** Label above the control, hint and error under it, tied to the control with aria-describedby. */
export function Field({ id, label, hint, error, required, requiredText, className, children }: Props) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`bod-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && requiredText && <span className="bod-required"> ({requiredText})</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="bod-help">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="bod-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export type SummaryItem = { id: string; label: string; message: string };

/** The errors of a form at the top, each a link to its field. */
export function ErrorSummary({ title, items, other, summaryRef }: { title: string; items: SummaryItem[]; other: string[]; summaryRef: RefObject<HTMLDivElement> }) {
  if (!items.length && !other.length) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="alert alert-danger bod-summary" role="alert">
      <h2 className="h5">{title}</h2>
      <ul className="mb-0">
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
