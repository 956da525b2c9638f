import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@psm/server/contract';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { queryKeys } from '../../../lib/query-keys';
import { useFocusOn } from '../../../lib/use-focus-on';
import { SignInError, signIn } from '../api/sign-in';
import '../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ['email', 'password'] as const;

function useFailureText() {
  const { t } = useTranslation('auth');
  return (err: unknown): { text: string; hint?: string } => {
    if (err instanceof SignInError && err.status === 401) return { text: t('errors.wrongCredentials'), hint: t('errors.wrongCredentialsHint') };
    if (err instanceof SignInError && err.status === 429) {
      const minutes = err.retryAfterSeconds ? Math.ceil(err.retryAfterSeconds / 60) : null;
      return { text: minutes ? t('errors.locked', { count: minutes }) : t('errors.lockedSoon') };
    }
    if (err instanceof SignInError && err.status === 0) return { text: t('errors.unreachable') };
    const detail = err instanceof SignInError ? `${err.detail || err.title} (HTTP ${err.status})` : String(err);
    return { text: t('errors.other', { detail }) };
  };
}

/**
 * E-mail and password (with show/hide). Fields are checked before sending (the focus goes to the first
 * one at fault); a refusal (401, 429 with the minutes to wait) shows in an alert that takes the focus.
 * `onSignedIn` gets the new session.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const [visible, setVisible] = useState(false);
  const form = useForm({
    id: 'login',
    fields: FIELDS,
    initial: { email: '', password: '' },
    focusFirstError: true,
    validate: ({ email, password }) => ({
      email: !email.trim() ? t('errors.emailRequired') : !EMAIL.test(email.trim()) ? t('errors.emailInvalid') : undefined,
      password: password ? undefined : t('errors.passwordRequired'),
    }),
  });
  const alertRef = useFocusOn<HTMLDivElement>(form.failure ? form.attempt : null);

  const submit = form.handleSubmit(async ({ email, password }) => {
    try {
      const session = await signIn(email.trim(), password);
      // The page decides where to go before the session appears (a signed-in visitor goes elsewhere).
      onSignedIn(session);
      queryClient.setQueryData(queryKeys.session, session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    } catch (err) {
      form.set({ password: '' });
      throw err;
    }
  });

  const message = form.failure ? failureText(form.failure) : null;
  return (
    <form className="psm-login" onSubmit={submit} noValidate aria-label={t('login.formLabel')}>
      {message && (
        <div ref={alertRef} className="alert alert-danger" role="alert" tabIndex={-1}>
          <h2 className="h5">{t('errors.title')}</h2>
          <p className="mb-0">{message.text}</p>
          {message.hint && <p className="mb-0 mt-1 small">{message.hint}</p>}
        </div>
      )}
      <FormField {...form.field('email')} label={t('login.email')} hint={t('login.emailHint')} required>
        {(p) => (
          <input
            {...p}
            className="form-control"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={form.values.email}
            onChange={(e) => form.set({ email: e.target.value })}
          />
        )}
      </FormField>
      <FormField {...form.field('password')} label={t('login.password')} required>
        {(p) => (
          <div className="psm-password">
            <input
              {...p}
              className="form-control"
              type={visible ? 'text' : 'password'}
              name="password"
              autoComplete="current-password"
              spellCheck={false}
              value={form.values.password}
              onChange={(e) => form.set({ password: e.target.value })}
            />
            <button
              type="button"
              className="btn btn-outline-primary btn-sm psm-password__toggle"
              aria-controls="login-password"
              aria-label={visible ? t('login.hideLabel') : t('login.showLabel')}
              onClick={() => setVisible((v) => !v)}
            >
              {visible ? t('login.hide') : t('login.show')}
            </button>
            <span className="visually-hidden" aria-live="polite">
              {visible ? t('login.passwordShown') : ''}
            </span>
          </div>
        )}
      </FormField>
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('login.submitting') : t('login.submit')}
      </button>
      <p className="psm-login__help small">{t('login.forgotten')}</p>
    </form>
  );
}
