import { useTranslation } from 'react-i18next';
import '../i18n';
import { useForm } from '../../../components/forms/use-form';
import { useLangNavigate } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { problemText } from '../../../lib/problem';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useUploadImport } from '../api/upload-import';
import type { UploadDraft } from '../types';
import { formatBytes } from '../utils/file-size';
import { messageText } from '../utils/issue-text';
import { EMPTY_OPTIONS, UPLOAD_FIELDS, uploadFormData } from '../utils/upload-options';
import { FileDropZone } from './file-drop-zone';
import { ProgressBar } from './progress-bar';
import { UploadOptionsFields } from './upload-options-fields';

/** Step 1: the file (dropped or chosen) and its options; the upload shows its progress, then opens the job. */
export function UploadForm() {
  const { t } = useTranslation('imports');
  const navigate = useLangNavigate();
  const upload = useUploadImport();
  const form = useForm({
    id: 'upload',
    fields: UPLOAD_FIELDS,
    initial: (): UploadDraft => ({ ...EMPTY_OPTIONS, file: null }),
    live: true,
    validate: ({ file }) => ({ file: file ? undefined : t('upload.required') }),
  });
  const summaryRef = useFocusOn<HTMLDivElement>(form.error ? form.attempt : null);

  const submit = form.handleSubmit(async ({ file, ...options }) => {
    try {
      const batch = await upload.mutateAsync(uploadFormData(file!, options));
      navigate(paths.backOffice.importJob(batch.id));
    } catch (err) {
      // Too large or of a type the server does not read: about the file, though no field is named.
      if (err instanceof ApiError && (err.status === 413 || err.status === 415)) form.setServerErrors({ file: problemMessage(err) });
      throw translatedIssues(err);
    }
  });

  const progress = upload.progress;
  return (
    <form className="import-upload" onSubmit={submit} noValidate aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading" className="h4">
        {t('upload.heading')}
      </h2>
      {form.error != null && (
        <div ref={summaryRef} tabIndex={-1} className="alert alert-danger" role="alert">
          <h3 className="h5">{t('upload.failed')}</h3>
          <p className="mb-0">{problemText(form.error)}</p>
        </div>
      )}
      <FileDropZone
        file={form.values.file}
        onFile={(file) => {
          form.set({ file });
          form.clearErrors();
        }}
        error={form.errors.file ?? null}
        disabled={upload.isPending}
      />
      <UploadOptionsFields form={form} disabled={upload.isPending} />
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
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {t('upload.submit')}
        </button>
      </div>
    </form>
  );
}

/** The refusal of the whole upload in the user's language, from the problem's code and params. */
function problemMessage(err: ApiError): string {
  const { code, params } = err.problem;
  return messageText({
    message: err.detail || err.title,
    code: typeof code === 'string' ? code : null,
    params: params && typeof params === 'object' ? (params as Record<string, unknown>) : null,
  });
}

/** The same error with each of its field issues in the user's language, for the form kit to place by field. */
function translatedIssues(err: unknown): unknown {
  if (!(err instanceof ApiError) || !Array.isArray(err.problem.errors)) return err;
  const errors = (err.problem.errors as unknown[]).map((i) =>
    i && typeof i === 'object' && typeof (i as { message?: unknown }).message === 'string' ? { ...i, message: messageText(i as Parameters<typeof messageText>[0]) } : i,
  );
  return new ApiError(err.status, err.title, err.detail, { ...err.problem, errors });
}
