import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewUser } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';
import { ErrorSummary, FormField, problemFieldErrors, useCsrf, useFocusOn, WriteError } from '../../backoffice';
import { useCreateUser } from '../api/user-writes';
import '../i18n';
import type { Office } from '../types';
import { validateNewUser, type NewUserDraft } from '../utils/validate-user';
import { OfficeField, PasswordFields, RoleField } from './user-fields';

const EMPTY: NewUserDraft = { email: '', name: '', role: '', office: '', password: '', repeat: '' };
type Field = keyof NewUserDraft;
const SERVER_FIELDS = ['email', 'name', 'role', 'office', 'password'] as const;
const ids: Record<Field, string> = { email: 'new-email', name: 'new-name', role: 'new-role', office: 'new-office', password: 'new-password', repeat: 'new-repeat' };

/** A new account: e-mail, name, role, office (managers), initial password typed twice. */
export function UserCreateForm({ offices }: { offices: Office[] }) {
  const { t } = useTranslation('users');
  const csrfToken = useCsrf();
  const create = useCreateUser();
  const [draft, setDraft] = useState<NewUserDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const createdRef = useFocusOn<HTMLParagraphElement>(created);
  const set = (patch: Partial<NewUserDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setOther([]);
    setFailure(null);
    setCreated(null);
    const found = Object.fromEntries(Object.entries(validateNewUser(draft)).map(([f, k]) => [f, t(`errors.${k}`)]));
    setErrors(found);
    if (Object.keys(found).length) return;
    const body: NewUser = { email: draft.email.trim(), name: draft.name.trim() || null, role: draft.role as NewUser['role'], password: draft.password };
    if (draft.role === 'manager' && draft.office.trim()) body.office = draft.office.trim();
    try {
      const user = await create.mutateAsync({ body, csrfToken });
      setDraft(EMPTY);
      setCreated(user.email);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setErrors({ email: t('errors.emailTaken') });
      else if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        const f = problemFieldErrors(err, SERVER_FIELDS);
        setErrors(Object.fromEntries(Object.entries(f.fields).map(([k, m]) => [k, t('errors.server', { message: m })])));
        setOther(f.other);
      } else setFailure(err);
    }
  };

  const labels: Record<Field, string> = {
    email: t('fields.email'),
    name: t('fields.name'),
    role: t('fields.role'),
    office: t('fields.office'),
    password: t('fields.password'),
    repeat: t('fields.passwordRepeat'),
  };
  const summary = (Object.keys(errors) as Field[]).map((f) => ({ id: ids[f], label: labels[f], message: errors[f]! }));
  return (
    <form className="psm-bo-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title" className="h4">
        {t('create.title')}
      </h2>
      <ErrorSummary items={summary} other={other} attempt={attempt} />
      <WriteError error={failure} attempt={attempt} />
      {created && (
        <p ref={createdRef} className="alert alert-success" role="status" tabIndex={-1}>
          {t('create.created', { email: created })}
        </p>
      )}
      <div className="psm-field-grid">
        <FormField id={ids.email} label={t('fields.email')} error={errors.email} required>
          {(p) => <input {...p} className="form-control" type="email" autoComplete="off" spellCheck={false} value={draft.email} onChange={(e) => set({ email: e.target.value })} />}
        </FormField>
        <FormField id={ids.name} label={t('fields.name')} hint={t('fields.nameHint')} error={errors.name}>
          {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </FormField>
        <RoleField id={ids.role} value={draft.role} onChange={(role) => set({ role })} error={errors.role} />
        {(draft.role === 'manager' || draft.office) && (
          <OfficeField id={ids.office} value={draft.office} onChange={(office) => set({ office })} error={errors.office} offices={offices} />
        )}
        <PasswordFields
          idPrefix="new"
          label={t('fields.password')}
          password={draft.password}
          repeat={draft.repeat}
          onChange={set}
          errors={{ password: errors.password, repeat: errors.repeat }}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {create.isPending ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
