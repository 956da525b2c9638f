import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  copyLabel: string;
  rows?: number;
  /** Called with the outcome, for the dialog's one status message. */
  onCopied: (ok: boolean) => void;
};

/** A read-only text to copy: selectable by hand (focus selects it all) or with its button. */
export function CopyField({ label, value, copyLabel, rows = 2, onCopied }: Props) {
  const id = useId();
  const copy = () => {
    if (!navigator.clipboard) return onCopied(false);
    navigator.clipboard.writeText(value).then(
      () => onCopied(true),
      () => onCopied(false),
    );
  };
  return (
    <div className="psm-share__field">
      <label htmlFor={id} className="psm-share__label">
        {label}
      </label>
      <textarea id={id} className="psm-share__text" readOnly value={value} rows={rows} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="btn btn-outline-primary btn-xs psm-share__copy" onClick={copy}>
        {copyLabel}
      </button>
    </div>
  );
}
