export type FileFieldTexts = { label: string; required: string; choose: string; chosen: (name: string) => string; noFile: string; help: string };

type Props = { id: string; file: File | null; error?: string; accept: string; texts: FileFieldTexts; onFile: (file: File | null) => void };

/**
 * A file to upload: a button-like label over the file input, the name of the file chosen (announced),
 * hint and error. Styles: styles/backoffice-data.css (`.import-drop*`, `.plan-import__*`).
 */
export function FileField({ id, file, error, accept, texts, onFile }: Props) {
  return (
    <div className="bod-field plan-import__file-field">
      <p className="bod-label" id={`${id}-label`}>
        {texts.label} <span className="bod-required">({texts.required})</span>
      </p>
      <p className="plan-import__file-row">
        <input
          id={id}
          type="file"
          className="import-drop__input"
          accept={accept}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-chosen ${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} id={`${id}-button`} className="btn btn-outline-primary btn-sm import-drop__button">
          {texts.choose}
        </label>{' '}
        <span id={`${id}-chosen`} className="plan-import__chosen" aria-live="polite">
          {file ? texts.chosen(file.name) : texts.noFile}
        </span>
      </p>
      <p id={`${id}-hint`} className="bod-help">
        {texts.help}
      </p>
      {error && (
        <p id={`${id}-error`} className="bod-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
