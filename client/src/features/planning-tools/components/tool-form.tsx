import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useCreateTool, useUpdateTool } from '../api/planning-tools';
import '../i18n';
import { EMPTY_TOOL, TOOL_FIELDS, toolBody, validateTool, type ToolDraft } from '../utils/validate';
import { ToolFields } from './tool-fields';

/** A new tool (no `code`), or the tool `code` with its current values: the same fields, POST or PATCH. */
export function ToolForm({ code, initial = EMPTY_TOOL, onSaved }: { code?: string; initial?: ToolDraft; onSaved?: (code: string) => void }) {
  const { t } = useTranslation('planningTools');
  const create = useCreateTool();
  const update = useUpdateTool();
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useFocusOn<HTMLParagraphElement>(done);
  const id = code ? 'edit-tool' : 'new-tool';
  const form = useForm({
    id,
    fields: TOOL_FIELDS,
    initial,
    validate: (d) => Object.fromEntries(Object.entries(validateTool(d)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const send = form.handleSubmit(async (d) => {
    const body = toolBody(d);
    if (code) {
      const saved = await update.mutateAsync({ code, body });
      form.reset(d);
      setDone(t('editor.saved'));
      onSaved?.(saved.code);
    } else {
      const saved = await create.mutateAsync(body);
      form.reset(EMPTY_TOOL);
      setDone(t('create.created', { code: saved.code }));
      onSaved?.(saved.code);
    }
  });
  const labels: Record<keyof ToolDraft, string> = { code: t('fields.code'), kind: t('fields.kind'), name: t('fields.name'), period: t('fields.period'), url: t('fields.url') };
  return (
    <form
      className="psm-bo-form"
      onSubmit={(e) => {
        setDone(null);
        send(e);
      }}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="h4">
        {code ? t('editor.toolTitle') : t('create.title')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      {done && (
        <p ref={doneRef} className="alert alert-success" role="status" tabIndex={-1}>
          {done}
        </p>
      )}
      <ToolFields form={form} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t(code ? 'editor.saving' : 'create.submitting') : t(code ? 'editor.save' : 'create.submit')}
      </button>
    </form>
  );
}
