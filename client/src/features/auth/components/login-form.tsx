import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@psm/server/contract';
import { FormField, useFocusOn } from '../../../components/form-field';
import { queryKeys } from '../../../lib/query-keys';
import { SignInError, signIn } from '../api/sign-in';
import '../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Errors = { email?: string; password?: string };

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
 * E-mail and password (with show/hide). Fields are checked before sending; a refusal (401, 429 with
 * the minutes to wait) shows in an alert that takes the focus. `onSignedIn` gets the new session.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const alertRef = useFocusOn<HTMLDivElement>(failure ? attempt : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('errors.emailRequired');
    else if (!EMAIL.test(email.trim())) found.email = t('errors.emailInvalid');
    if (!password) found.password = t('errors.passwordRequired');
    setErrors(found);
    setFailure(null);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      const session = await signIn(email.trim(), password);
      // The page decides where to go before the session appears (a signed-in visitor goes elsewhere).
      onSignedIn(session);
      queryClient.setQueryData(queryKeys.session, session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    } catch (err) {
      setFailure(err);
      setAttempt((n) => n + 1);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const message = failure ? failureText(failure) : null;
  return (
    <form className="psm-login" onSubmit={(e) => void submit(e)} noValidate aria-label={t('login.formLabel')}>
      {message && (
        <div ref={alertRef} className="alert alert-danger" role="alert" tabIndex={-1}>
          <h2 className="h5">{t('errors.title')}</h2>
          <p className="mb-0">{message.text}</p>
          {message.hint && <p className="mb-0 mt-1 small">{message.hint}</p>}
        </div>
      )}
      <FormField id="login-email" label={t('login.email')} hint={t('login.emailHint')} error={errors.email} required>
        {(p) => (
          <input
            {...p}
            className="form-control"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="login-password" label={t('login.password')} error={errors.password} required>
        {(p) => (
          <div className="psm-password">
            <input
              {...p}
              className="form-control"
              type={visible ? 'text' : 'password'}
              name="password"
              autoComplete="current-password"
              spellCheck={false}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
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
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
      <p className="psm-login__help small">{t('login.forgotten')}</p>
    </form>
  );
}
