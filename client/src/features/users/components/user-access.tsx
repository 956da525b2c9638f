import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserOut } from '@psm/server/contract';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useChangeUser, useUnlockUser } from '../api/user-writes';
import '../i18n';
import { passwordErrors } from '../utils/validate-user';
import { PasswordFields } from './user-fields';

/** A new password set by the admin (typed twice); the account's sessions end. */
export function UserPassword({ user }: { user: UserOut }) {
  const { t } = useTranslation('users');
  const change = useChangeUser();
  const [done, setDone] = useState(false);
  const form = useForm({
    id: 'edit',
    fields: ['password', 'repeat'],
    initial: { password: '', repeat: '' },
    validate: ({ password, repeat }) => Object.fromEntries(Object.entries(passwordErrors(password, repeat)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const doneRef = useFocusOn<HTMLParagraphElement>(done ? form.attempt : null);

  const send = form.handleSubmit(async ({ password }) => {
    await change.mutateAsync({ id: user.id, body: { password } });
    form.reset();
    setDone(true);
  });

  const labels = { password: t('fields.newPassword'), repeat: t('fields.passwordRepeat') };
  return (
    <form
      className="psm-bo-form psm-user-editor__part"
      onSubmit={(e) => {
        setDone(false);
        send(e);
      }}
      noValidate
      aria-labelledby="user-password-title"
    >
      <h3 id="user-password-title" className="h5">
        {t('edit.passwordTitle')}
      </h3>
      <p className="small">{t('edit.passwordIntro')}</p>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
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
          label={labels.password}
          password={form.values.password}
          repeat={form.values.repeat}
          onChange={form.set}
          errors={form.errors}
        />
      </div>
      <button type="submit" className="btn btn-outline-primary" disabled={form.submitting}>
        {t('edit.passwordSave')}
      </button>
    </form>
  );
}

/** Lifts a login lockout and says how many failed attempts it cleared. */
export function UserUnlock({ user }: { user: UserOut }) {
  const { t } = useTranslation('users');
  const unlock = useUnlockUser();
  const [result, setResult] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const resultRef = useFocusOn<HTMLParagraphElement>(result != null ? attempt : null);
  const run = async () => {
    setAttempt((n) => n + 1);
    setResult(null);
    try {
      setResult((await unlock.mutateAsync({ id: user.id })).clearedFailures);
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
