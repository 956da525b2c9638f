import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserChange, UserOut } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';
import { ErrorSummary, FormField, problemFieldErrors, useCsrf, useFocusOn, WriteError } from '../../backoffice';
import { useChangeUser } from '../api/user-writes';
import '../i18n';
import type { Office } from '../types';
import { UserPassword, UserUnlock } from './user-access';
import { OfficeField, RoleField } from './user-fields';

type Draft = { name: string; role: Role; office: string; active: boolean };
const ids = { name: 'edit-name', role: 'edit-role', office: 'edit-office', active: 'edit-active' } as const;

/** Only what changed; leaving the manager role also leaves the office. */
function changes(user: UserOut, d: Draft): UserChange {
  const out: UserChange = {};
  const name = d.name.trim() || null;
  if (name !== user.name) out.name = name;
  if (d.role !== user.role) out.role = d.role;
  const office = d.role === 'manager' ? d.office.trim() || null : null;
  if (office !== user.office) out.office = office;
  if (d.active !== user.active) out.active = d.active;
  return out;
}

/** Edits one account: name, role, office, active (with a confirmation before disabling); new password; unlock. */
export function UserEditor({ user, selfId, offices, onClose }: { user: UserOut; selfId: number; offices: Office[]; onClose: () => void }) {
  const { t } = useTranslation('users');
  const csrfToken = useCsrf();
  const change = useChangeUser();
  const self = user.id === selfId;
  const [draft, setDraft] = useState<Draft>({ name: user.name ?? '', role: user.role, office: user.office ?? '', active: user.active });
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useFocusOn<HTMLHeadingElement>(user.id);
  const messageRef = useFocusOn<HTMLParagraphElement>(message ? attempt : null);
  const confirmRef = useFocusOn<HTMLDivElement>(confirming ? attempt : null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (confirmed: boolean) => {
    setAttempt((n) => n + 1);
    setErrors({});
    setOther([]);
    setFailure(null);
    setMessage(null);
    const body = changes(user, draft);
    if (draft.name.trim().length > 200) return setErrors({ name: t('errors.nameLong') });
    if (!Object.keys(body).length) return setMessage(t('edit.nothing'));
    if (body.active === false && !confirmed) return setConfirming(true);
    setConfirming(false);
    try {
      await change.mutateAsync({ id: user.id, body, csrfToken });
      setMessage(t('edit.saved', { email: user.email }));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        const f = problemFieldErrors(err, ['name', 'role', 'office', 'active']);
        setErrors(Object.fromEntries(Object.entries(f.fields).map(([k, m]) => [k, t('errors.server', { message: m })])));
        setOther(f.other);
      } else setFailure(err);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  const labels = { name: t('fields.name'), role: t('fields.role'), office: t('fields.office'), active: t('fields.active') };
  const summary = (Object.keys(errors) as (keyof Draft)[]).map((f) => ({ id: ids[f], label: labels[f], message: errors[f]! }));
  return (
    <section className="psm-user-editor psm-panel" aria-labelledby="user-editor-title">
      <div className="psm-panel__body">
        <div className="psm-user-editor__head">
          <h2 id="user-editor-title" ref={headingRef} tabIndex={-1} className="h4">
            {t('edit.title', { email: user.email })}
          </h2>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>
            {t('edit.close')}
          </button>
        </div>
        <form className="psm-bo-form" onSubmit={submit} noValidate aria-labelledby="user-editor-title">
          <p className="small">
            {t('edit.intro')} {t('edit.endsSessions')}
          </p>
          <ErrorSummary items={summary} other={other} attempt={attempt} />
          <WriteError error={failure} attempt={attempt} />
          {message && (
            <p ref={messageRef} className="alert alert-success" role="status" tabIndex={-1}>
              {message}
            </p>
          )}
          <div className="psm-field-grid">
            <FormField id={ids.name} label={t('fields.name')} hint={t('fields.nameHint')} error={errors.name}>
              {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
            </FormField>
            <RoleField id={ids.role} value={draft.role} onChange={(role) => role && set({ role })} error={errors.role} disabled={self} hint={self ? t('edit.self') : undefined} />
            {draft.role === 'manager' && <OfficeField id={ids.office} value={draft.office} onChange={(office) => set({ office })} error={errors.office} offices={offices} />}
          </div>
          <div className="form-check">
            <input id={ids.active} type="checkbox" checked={draft.active} disabled={self} onChange={(e) => set({ active: e.target.checked })} />
            <label htmlFor={ids.active}>{t('fields.active')}</label>
          </div>
          {confirming ? (
            <div ref={confirmRef} className="alert alert-warning" role="alertdialog" aria-labelledby="confirm-disable-text" tabIndex={-1}>
              <p id="confirm-disable-text">{t('edit.confirmDisable', { email: user.email })}</p>
              <div className="psm-bo-form__actions">
                <button type="button" className="btn btn-danger" onClick={() => void save(true)}>
                  {t('edit.confirmYes')}
                </button>
                <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
                  {t('edit.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="submit" className="btn btn-primary" disabled={change.isPending}>
              {change.isPending ? t('edit.saving') : t('edit.save')}
            </button>
          )}
        </form>
        <UserPassword user={user} />
        <UserUnlock user={user} />
      </div>
    </section>
  );
}
