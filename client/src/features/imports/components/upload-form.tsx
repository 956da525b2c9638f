import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { useLangNavigate } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useUploadImport } from '../api/upload-import';
import type { UploadOptions } from '../types';
import { formatBytes } from '../utils/file-size';
import { EMPTY_OPTIONS, uploadFormData } from '../utils/upload-options';
import { FileDropZone } from './file-drop-zone';
import { ProgressBar } from './progress-bar';
import { UploadOptionsFields, type OptionErrors } from './upload-options-fields';

type FieldErrors = OptionErrors & { file?: string };
const FIELDS = new Set(['file', 'indicator', 'source', 'format', 'filter', 'map', 'createIndicators']);

/** The problem's `errors` by form field; the rest stays in the summary. */
function fieldErrorsOf(err: unknown): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FieldErrors = {};
  const issues = Array.isArray(err.problem.errors) ? (err.problem.errors as { name?: string; message?: string }[]) : [];
  for (const i of issues) {
    if (i.name && FIELDS.has(i.name) && i.message) out[i.name as keyof FieldErrors] = i.message;
  }
  if ((err.status === 413 || err.status === 415) && !out.file) out.file = err.detail || err.title;
  return out;
}

/** Step 1: the file (dropped or chosen) and its options; the upload shows its progress, then opens the job. */
export function UploadForm() {
  const { t } = useTranslation('imports');
  const session = useSession();
  const navigate = useLangNavigate();
  const upload = useUploadImport(session.data?.csrfToken);
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<UploadOptions>(EMPTY_OPTIONS);
  const [missingFile, setMissingFile] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const serverErrors = upload.isError ? fieldErrorsOf(upload.error) : {};
  const fileError = missingFile ? t('upload.required') : (serverErrors.file ?? null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    upload.mutate(uploadFormData(file, options), {
      onSuccess: (batch) => navigate(paths.backOffice.importJob(batch.id)),
      onError: () => requestAnimationFrame(() => summaryRef.current?.focus()),
    });
  };

  const progress = upload.progress;
  return (
    <form className="import-upload" onSubmit={submit} noValidate aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading" className="h4">
        {t('upload.heading')}
      </h2>
      {upload.isError && (
        <div ref={summaryRef} tabIndex={-1} className="alert alert-danger" role="alert">
          <h3 className="h5">{t('upload.failed')}</h3>
          <p className="mb-0">
            {upload.error instanceof ApiError ? upload.error.detail || upload.error.title : String(upload.error)}
            {upload.error instanceof ApiError && upload.error.status > 0 && ` (HTTP ${upload.error.status})`}
          </p>
        </div>
      )}
      <FileDropZone
        file={file}
        onFile={(f) => {
          setFile(f);
          setMissingFile(false);
          upload.reset();
        }}
        error={fileError}
        disabled={upload.isPending}
      />
      <UploadOptionsFields
        options={options}
        onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
        errors={serverErrors}
        disabled={upload.isPending}
      />
      {upload.isPending && progress && (
        <ProgressBar
          label={t('upload.progressLabel')}
          percent={progress.total ? progress.percent : null}
          text={
            progress.total
              ? t('upload.progressText', { percent: `${progress.percent}%`, done: formatBytes(progress.loaded), total: formatBytes(progress.total) })
              : t('upload.sending')
          }
        />
      )}
      <div className="bod-actions">
        <button type="submit" className="btn btn-primary" disabled={upload.isPending || !session.data?.csrfToken}>
          {t('upload.submit')}
        </button>
      </div>
    </form>
  );
}
