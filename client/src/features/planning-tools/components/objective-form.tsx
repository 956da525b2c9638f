import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useCreateObjective, useUpdateObjective } from '../api/planning-tools';
import '../i18n';
import type { FlatObjective } from '../utils/tree';
import { OBJECTIVE_FIELDS, validateObjective, type ObjectiveDraft } from '../utils/validate';

type Props = {
  tool: string;
  /** 'edit' changes `current` (code, title, parent: a move); 'new' adds one under `initial.parent` (or at the top). */
  mode: 'new' | 'edit';
  id: string;
  title: string;
  initial: ObjectiveDraft;
  current?: string;
  /** The objectives it may go under (not itself nor one below it). */
  parents: FlatObjective[];
  onDone: (code: string) => void;
  onCancel?: () => void;
};

/** One objective's code, title and parent: create or change (a new parent moves it). */
export function ObjectiveForm({ tool, mode, id, title, initial, current, parents, onDone, onCancel }: Props) {
  const { t } = useTranslation('planningTools');
  const create = useCreateObjective();
  const update = useUpdateObjective();
  const headRef = useFocusOn<HTMLHeadingElement>(onCancel ? id : null);
  const form = useForm({
    id,
    fields: OBJECTIVE_FIELDS,
    initial,
    validate: (d) => Object.fromEntries(Object.entries(validateObjective(d)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const { values: d, set } = form;
  const send = form.handleSubmit(async (v) => {
    const body = { code: v.code.trim(), title: v.title.trim(), parent: v.parent || null };
    const saved = mode === 'edit' ? await update.mutateAsync({ tool, code: current!, body }) : await create.mutateAsync({ tool, body });
    form.reset(mode === 'edit' ? v : { code: '', title: '', parent: initial.parent });
    onDone(saved.code);
  });
  const labels: Record<keyof ObjectiveDraft, string> = { code: t('objective.code'), title: t('objective.title'), parent: t('objective.parent') };
  return (
    <form className="psm-bo-form pt-objective-form" onSubmit={send} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="h6" ref={headRef} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      <div className="psm-field-grid">
        <FormField {...form.field('code')} label={labels.code} hint={t('objective.codeHint')} required>
          {(p) => <input {...p} className="form-control" type="text" autoComplete="off" spellCheck={false} value={d.code} onChange={(e) => set({ code: e.target.value })} />}
        </FormField>
        <FormField {...form.field('parent')} label={labels.parent} hint={mode === 'edit' ? t('objective.parentHint') : undefined}>
          {(p) => (
            <select {...p} className="form-select" value={d.parent} onChange={(e) => set({ parent: e.target.value })}>
              <option value="">{t('objective.parentNone')}</option>
              {parents.map((o) => (
                <option key={o.code} value={o.code}>
                  {`${'— '.repeat(o.depth)}${o.code} ${o.title.length > 60 ? `${o.title.slice(0, 60)}…` : o.title}`}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField {...form.field('title')} label={labels.title} required>
        {(p) => <textarea {...p} className="form-control" rows={2} value={d.title} onChange={(e) => set({ title: e.target.value })} />}
      </FormField>
      <div className="psm-bo-form__actions">
        <button type="submit" className="btn btn-primary btn-sm" disabled={form.submitting}>
          {form.submitting ? t('objective.submitting') : t('objective.submit')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
            {t('objective.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
