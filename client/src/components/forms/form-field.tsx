import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';

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
  /**
   * 'default': hint above the control, the field marked on its left when wrong (styles/backoffice.css, `.psm-field*`);
   * 'data': the data pages' fields, hint and error below the control (styles/backoffice-data.css, `.bod-field`).
   */
  variant?: 'default' | 'data';
  children: (control: ControlProps) => ReactNode;
};

const CLASSES = {
  default: { field: 'psm-field', invalid: ' psm-field--error', label: 'psm-field__label', required: 'psm-field__required', hint: 'psm-field__hint', error: 'psm-field__error' },
  data: { field: 'bod-field', invalid: '', label: undefined, required: 'bod-required', hint: 'bod-help', error: 'bod-field-error' },
};

/**
 * A labelled form field: the label above the control, an optional hint, and the error in words,
 * tied with aria-describedby / aria-invalid. `children` renders the control with the props it
 * receives: `<FormField id="x" label="…">{(p) => <input className="form-control" {...p} />}</FormField>`.
 */
export function FormField({ id, label, required, hint, error, className, variant = 'default', children }: FieldProps) {
  const { t } = useTranslation('forms');
  const c = CLASSES[variant];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const hintText = hint && (
    <p id={hintId} className={c.hint}>
      {hint}
    </p>
  );
  return (
    <div className={`${c.field}${error ? c.invalid : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={c.label}>
        {label}
        {required && <span className={c.required}> {t('requiredMark')}</span>}
      </label>
      {variant === 'default' && hintText}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required ? true : undefined })}
      {variant === 'data' && hintText}
      {error && (
        <p id={errorId} className={c.error}>
          {error}
        </p>
      )}
    </div>
  );
}
