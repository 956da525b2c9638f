import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewUser } from '@psm/server/contract';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { ApiError } from '../../../lib/api-client';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useCreateUser } from '../api/user-writes';
import '../i18n';
import type { Office } from '../types';
import { validateNewUser, type NewUserDraft } from '../utils/validate-user';
import { OfficeField, PasswordFields, RoleField } from './user-fields';

const EMPTY: NewUserDraft = { email: '', name: '', role: '', office: '', password: '', repeat: '' };
const FIELDS = ['email', 'name', 'role', 'office', 'password', 'repeat'] as const;

/** A new account: e-mail, name, role, office (managers), initial password typed twice. */
export function UserCreateForm({ offices }: { offices: Office[] }) {
  const { t } = useTranslation('users');
  const create = useCreateUser();
  const [created, setCreated] = useState<string | null>(null);
  const createdRef = useFocusOn<HTMLParagraphElement>(created);
  const form = useForm({
    id: 'new',
    fields: FIELDS,
    initial: EMPTY,
    validate: (draft) => Object.fromEntries(Object.entries(validateNewUser(draft)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const { values: draft, set, errors } = form;

  const send = form.handleSubmit(async (d) => {
    const body: NewUser = { email: d.email.trim(), name: d.name.trim() || null, role: d.role as NewUser['role'], password: d.password };
    if (d.role === 'manager' && d.office.trim()) body.office = d.office.trim();
    try {
      const user = await create.mutateAsync({ body });
      form.reset(EMPTY);
      setCreated(user.email);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) form.setServerErrors({ email: t('errors.emailTaken') });
      else throw err;
    }
  });

  const labels: Record<(typeof FIELDS)[number], string> = {
    email: t('fields.email'),
    name: t('fields.name'),
    role: t('fields.role'),
    office: t('fields.office'),
    password: t('fields.password'),
    repeat: t('fields.passwordRepeat'),
  };
  return (
    <form
      className="psm-bo-form"
      onSubmit={(e) => {
        setCreated(null);
        send(e);
      }}
      noValidate
      aria-labelledby="new-user-title"
    >
      <h2 id="new-user-title" className="h4">
        {t('create.title')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      {created && (
        <p ref={createdRef} className="alert alert-success" role="status" tabIndex={-1}>
          {t('create.created', { email: created })}
        </p>
      )}
      <div className="psm-field-grid">
        <FormField {...form.field('email')} label={labels.email} required>
          {(p) => <input {...p} className="form-control" type="email" autoComplete="off" spellCheck={false} value={draft.email} onChange={(e) => set({ email: e.target.value })} />}
        </FormField>
        <FormField {...form.field('name')} label={labels.name} hint={t('fields.nameHint')}>
          {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </FormField>
        <RoleField id={form.idOf('role')} value={draft.role} onChange={(role) => set({ role })} error={errors.role} />
        {(draft.role === 'manager' || draft.office) && (
          <OfficeField id={form.idOf('office')} value={draft.office} onChange={(office) => set({ office })} error={errors.office} offices={offices} />
        )}
        <PasswordFields
          idPrefix="new"
          label={labels.password}
          password={draft.password}
          repeat={draft.repeat}
          onChange={set}
          errors={{ password: errors.password, repeat: errors.repeat }}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
