import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@psm/server/contract';
import { type ControlProps, FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useFocusOn } from '../../../lib/use-focus-on';
import { createFirstAdmin } from '../api/setup';
import '../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ['code', 'name', 'email', 'password', 'passwordAgain'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { code: '', name: '', email: '', password: '', passwordAgain: '' };

/**
 * The first administrator: the console's one-time code, name, e-mail and the password twice. A wrong or
 * replaced code is said at the code; an answer that the setup is closed (410) goes to `onClosed`.
 */
export function SetupForm({ onCreated, onClosed }: { onCreated: (session: SessionInfo) => void; onClosed: () => void }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useForm({
    id: 'setup',
    fields: FIELDS,
    initial: EMPTY,
    focusFirstError: true,
    validate: (v) => ({
      code: v.code.trim() ? undefined : t('setup.errors.codeRequired'),
      email: !v.email.trim() ? t('setup.errors.emailRequired') : !EMAIL.test(v.email.trim()) ? t('setup.errors.emailInvalid') : undefined,
      password: v.password.length >= 12 ? undefined : t('setup.errors.passwordShort'),
      passwordAgain: v.passwordAgain === v.password ? undefined : t('setup.errors.passwordMismatch'),
    }),
  });
  const alertRef = useFocusOn<HTMLDivElement>(form.failure ? form.attempt : null);

  const submit = form.handleSubmit(async (v) => {
    try {
      const session = await createFirstAdmin({ code: v.code.trim(), name: v.name.trim() || undefined, email: v.email.trim(), password: v.password });
      onCreated(session);
      queryClient.setQueryData(queryKeys.session, session);
      queryClient.setQueryData(queryKeys.setup, { needed: false });
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) return onClosed();
      if (err instanceof ApiError && (err.status === 403 || err.status === 429)) {
        form.setServerErrors({ code: t(err.status === 403 ? 'setup.errors.wrongCode' : 'setup.errors.codeReplaced') });
        document.getElementById(form.idOf('code'))?.focus();
        return;
      }
      throw err;
    }
  });

  const failure = form.failure instanceof ApiError ? `${form.failure.detail || form.failure.title}` : form.failure ? String(form.failure) : null;
  const text = (f: Field, type = 'text', autoComplete = 'off', extra: Record<string, unknown> = {}) =>
    function Control(p: ControlProps) {
      return <input {...p} {...extra} className="form-control" type={type} autoComplete={autoComplete} spellCheck={false} value={form.values[f]} onChange={(e) => form.set({ [f]: e.target.value })} />;
    };
  return (
    <form className="psm-login" onSubmit={submit} noValidate aria-label={t('setup.formLabel')}>
      {failure && (
        <div ref={alertRef} className="alert alert-danger" role="alert" tabIndex={-1}>
          <h2 className="h5">{t('setup.errors.title')}</h2>
          <p className="mb-0">{t('setup.errors.other', { detail: failure })}</p>
        </div>
      )}
      <FormField {...form.field('code')} label={t('setup.code')} hint={t('setup.codeHint')} required>
        {text('code', 'text', 'one-time-code')}
      </FormField>
      <FormField {...form.field('name')} label={t('setup.name')}>
        {text('name', 'text', 'name')}
      </FormField>
      <FormField {...form.field('email')} label={t('setup.email')} hint={t('setup.emailHint')} required>
        {text('email', 'email', 'username', { inputMode: 'email' })}
      </FormField>
      <FormField {...form.field('password')} label={t('setup.password')} hint={t('setup.passwordHint')} required>
        {text('password', 'password', 'new-password')}
      </FormField>
      <FormField {...form.field('passwordAgain')} label={t('setup.passwordAgain')} required>
        {text('passwordAgain', 'password', 'new-password')}
      </FormField>
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('setup.submitting') : t('setup.submit')}
      </button>
    </form>
  );
}
