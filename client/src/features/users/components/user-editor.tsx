import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserChange, UserOut } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useChangeUser } from '../api/user-writes';
import '../i18n';
import type { Office } from '../types';
import { UserPassword, UserUnlock } from './user-access';
import { OfficeField, RoleField } from './user-fields';

type Draft = { name: string; role: Role; office: string; active: boolean };
const FIELDS = ['name', 'role', 'office', 'active'] as const;

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
  const change = useChangeUser();
  const self = user.id === selfId;
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    id: 'edit',
    fields: FIELDS,
    initial: (): Draft => ({ name: user.name ?? '', role: user.role, office: user.office ?? '', active: user.active }),
    validate: (d) => ({ name: d.name.trim().length > 200 ? t('errors.nameLong') : undefined }),
    serverMessage: (m) => t('errors.server', { message: m }),
  });
  const { values: draft, set, errors } = form;
  const headingRef = useFocusOn<HTMLHeadingElement>(user.id);
  const messageRef = useFocusOn<HTMLParagraphElement>(message ? form.attempt : null);
  const confirmRef = useFocusOn<HTMLDivElement>(confirming ? form.attempt : null);

  /** Saves what changed; disabling an account asks first (`confirmed` once the admin said yes). */
  const save = (confirmed: boolean) => {
    setMessage(null);
    form.handleSubmit(async (d) => {
      const body = changes(user, d);
      if (!Object.keys(body).length) return setMessage(t('edit.nothing'));
      if (body.active === false && !confirmed) return setConfirming(true);
      setConfirming(false);
      await change.mutateAsync({ id: user.id, body });
      setMessage(t('edit.saved', { email: user.email }));
    })();
  };

  const labels = { name: t('fields.name'), role: t('fields.role'), office: t('fields.office'), active: t('fields.active') };
  return (
    <section className="psm-user-editor psm-panel" aria-labelledby="user-editor-title">
      <div className="psm-panel__body">
        <div className="psm-user-editor__head">
          <h2 id="user-editor-title" ref={headingRef} tabIndex={-1} className="h4">
            {t('edit.title', { email: user.email })}
          </h2>
          <div className="psm-bo-form__actions">
            <HistoryLink type="user" id={user.id} name={user.email} />
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>
              {t('edit.close')}
            </button>
          </div>
        </div>
        <form
          className="psm-bo-form"
          onSubmit={(e) => {
            e.preventDefault();
            save(false);
          }}
          noValidate
          aria-labelledby="user-editor-title"
        >
          <p className="small">
            {t('edit.intro')} {t('edit.endsSessions')}
          </p>
          <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
          <WriteError error={form.failure} attempt={form.attempt} />
          {message && (
            <p ref={messageRef} className="alert alert-success" role="status" tabIndex={-1}>
              {message}
            </p>
          )}
          <div className="psm-field-grid">
            <FormField {...form.field('name')} label={labels.name} hint={t('fields.nameHint')}>
              {(p) => <input {...p} className="form-control" type="text" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
            </FormField>
            <RoleField id={form.idOf('role')} value={draft.role} onChange={(role) => role && set({ role })} error={errors.role} disabled={self} hint={self ? t('edit.self') : undefined} />
            {draft.role === 'manager' && <OfficeField id={form.idOf('office')} value={draft.office} onChange={(office) => set({ office })} error={errors.office} offices={offices} />}
          </div>
          <div className="form-check">
            <input id={form.idOf('active')} type="checkbox" checked={draft.active} disabled={self} onChange={(e) => set({ active: e.target.checked })} />
            <label htmlFor={form.idOf('active')}>{labels.active}</label>
          </div>
          {confirming ? (
            <div ref={confirmRef} className="alert alert-warning" role="alertdialog" aria-labelledby="confirm-disable-text" tabIndex={-1}>
              <p id="confirm-disable-text">{t('edit.confirmDisable', { email: user.email })}</p>
              <div className="psm-bo-form__actions">
                <button type="button" className="btn btn-danger" onClick={() => save(true)}>
                  {t('edit.confirmYes')}
                </button>
                <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
                  {t('edit.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="submit" className="btn btn-primary" disabled={form.submitting}>
              {form.submitting ? t('edit.saving') : t('edit.save')}
            </button>
          )}
        </form>
        <UserPassword user={user} />
        <UserUnlock user={user} />
      </div>
    </section>
  );
}
