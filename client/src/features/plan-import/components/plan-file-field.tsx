import { useTranslation } from 'react-i18next';
import '../i18n';

type Props = { id: string; file: File | null; error?: string; onFile: (file: File | null) => void };

/** The plan file: a button-like label over the file input, the name of the file chosen (announced), hint and error. */
export function PlanFileField({ id, file, error, onFile }: Props) {
  const { t } = useTranslation('planImport');
  return (
    <div className="bod-field plan-import__file-field">
      <p className="bod-label" id={`${id}-label`}>
        {t('form.file')} <span className="bod-required">({t('form.required')})</span>
      </p>
      <p className="plan-import__file-row">
        <input
          id={id}
          type="file"
          className="import-drop__input"
          accept=".xlsx,.csv,.json,.yaml,.yml"
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-chosen ${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} id={`${id}-button`} className="btn btn-outline-primary btn-sm import-drop__button">
          {t('form.choose')}
        </label>{' '}
        <span id={`${id}-chosen`} className="plan-import__chosen" aria-live="polite">
          {file ? t('form.chosen', { name: file.name }) : t('form.noFile')}
        </span>
      </p>
      <p id={`${id}-hint`} className="bod-help">
        {t('form.fileHelp')}
      </p>
      {error && (
        <p id={`${id}-error`} className="bod-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
