import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserOut } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';
import { ErrorSummary, problemFieldErrors, useCsrf, useFocusOn, WriteError } from '../../backoffice';
import { useChangeUser, useUnlockUser } from '../api/user-writes';
import '../i18n';
import { passwordErrors } from '../utils/validate-user';
import { PasswordFields } from './user-fields';

/** A new password set by the admin (typed twice); the account's sessions end. */
export function UserPassword({ user }: { user: UserOut }) {
  const { t } = useTranslation('users');
  const csrfToken = useCsrf();
  const change = useChangeUser();
  const [pw, setPw] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const doneRef = useFocusOn<HTMLParagraphElement>(done ? attempt : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    setFailure(null);
    const found = passwordErrors(pw.password, pw.repeat);
    setErrors(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(`errors.${v}`)])));
    if (Object.keys(found).length) return;
    try {
      await change.mutateAsync({ id: user.id, body: { password: pw.password }, csrfToken });
      setPw({ password: '', repeat: '' });
      setDone(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const f = problemFieldErrors(err, ['password']);
        setErrors(f.fields.password ? { password: t('errors.server', { message: f.fields.password }) } : {});
        if (!f.fields.password) setFailure(err);
      } else setFailure(err);
    }
  };

  const summary = [
    ...(errors.password ? [{ id: 'edit-password', label: t('fields.newPassword'), message: errors.password }] : []),
    ...(errors.repeat ? [{ id: 'edit-repeat', label: t('fields.passwordRepeat'), message: errors.repeat }] : []),
  ];
  return (
    <form className="psm-bo-form psm-user-editor__part" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="user-password-title">
      <h3 id="user-password-title" className="h5">
        {t('edit.passwordTitle')}
      </h3>
      <p className="small">{t('edit.passwordIntro')}</p>
      <ErrorSummary items={summary} attempt={attempt} />
      <WriteError error={failure} attempt={attempt} />
      {done && (
        <p ref={doneRef} className="alert alert-success" role="status" tabIndex={-1}>
          {t('edit.passwordSaved', { email: user.email })}
        </p>
      )}
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="text" autoComplete="username" value={user.email} readOnly hidden />
      <div className="psm-field-grid">
        <PasswordFields
          idPrefix="edit"
          label={t('fields.newPassword')}
          password={pw.password}
          repeat={pw.repeat}
          onChange={(patch) => setPw((p) => ({ ...p, ...patch }))}
          errors={errors}
        />
      </div>
      <button type="submit" className="btn btn-outline-primary" disabled={change.isPending}>
        {t('edit.passwordSave')}
      </button>
    </form>
  );
}

/** Lifts a login lockout and says how many failed attempts it cleared. */
export function UserUnlock({ user }: { user: UserOut }) {
  const { t } = useTranslation('users');
  const csrfToken = useCsrf();
  const unlock = useUnlockUser();
  const [result, setResult] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const resultRef = useFocusOn<HTMLParagraphElement>(result != null ? attempt : null);
  const run = async () => {
    setAttempt((n) => n + 1);
    setResult(null);
    try {
      setResult((await unlock.mutateAsync({ id: user.id, csrfToken })).clearedFailures);
    } catch {
      // shown from unlock.error
    }
  };
  return (
    <div className="psm-user-editor__part">
      <h3 className="h5">{t('edit.unlockTitle')}</h3>
      <p className="small">{t('edit.unlockIntro')}</p>
      <WriteError error={unlock.error} attempt={attempt} />
      {result != null && (
        <p ref={resultRef} className="alert alert-success" role="status" tabIndex={-1}>
          {result > 0 ? t('edit.unlocked', { count: result }) : t('edit.notLocked')}
        </p>
      )}
      <button type="button" className="btn btn-outline-primary" onClick={() => void run()} disabled={unlock.isPending}>
        {t('edit.unlock')}
      </button>
    </div>
  );
}
