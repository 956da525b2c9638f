import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { formatBytes } from '../utils/file-size';

/** What the file input offers first; any file can still be dropped (the server recognises the format). */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.xml';

type Props = {
  file: File | null;
  onFile: (file: File) => void;
  error: string | null;
  disabled?: boolean;
};

/** A drop zone around an ordinary file input: dragging is a shortcut, the keyboard path is the input. */
export function FileDropZone({ file, onFile, error, disabled }: Props) {
  const { t } = useTranslation('imports');
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <div
      className={['import-drop', over ? 'import-drop--over' : '', error ? 'import-drop--error' : ''].join(' ')}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p className="import-drop__title" aria-hidden="true">
        {t('upload.dropTitle')}
      </p>
      <p className="import-drop__or">
        <span aria-hidden="true">{t('upload.or')} </span>
        <input
          type="file"
          id={`${id}-file`}
          name="file"
          className="import-drop__input"
          accept={ACCEPT}
          disabled={disabled}
          aria-describedby={`${id}-formats ${id}-chosen${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
        <label htmlFor={`${id}-file`} className="btn btn-outline-primary btn-sm import-drop__button">
          {t('upload.choose')}
        </label>
      </p>
      <p id={`${id}-formats`} className="import-drop__formats">
        {t('upload.formats')}
      </p>
      <p id={`${id}-chosen`} className="import-drop__chosen" aria-live="polite">
        {file ? t('upload.selected', { name: file.name, size: formatBytes(file.size) }) : t('upload.none')}
      </p>
      {error && (
        <p id={`${id}-error`} className="bod-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
