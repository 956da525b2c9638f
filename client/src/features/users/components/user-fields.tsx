import { useTranslation } from 'react-i18next';
import type { Role } from '@psm/server/contract';
import { ROLES } from '@psm/server/contract/values';
import { useRoleName } from '../../../components/back-office/role-names';
import { FormField } from '../../../components/forms/form-field';
import { SearchSelect } from '../../../components/forms/search-select';
import '../i18n';
import type { Office } from '../types';

/**
 * The contract lists the roles from the most powerful down (admin, analyst, manager); the form offers
 * them the other way round, the most common account (manager) first.
 */
const ROLE_CHOICES: readonly Role[] = [...ROLES].reverse();

export function RoleField({ id, value, onChange, error, disabled, hint }: { id: string; value: Role | ''; onChange: (r: Role | '') => void; error?: string; disabled?: boolean; hint?: string }) {
  const { t } = useTranslation('users');
  const roleName = useRoleName();
  return (
    <FormField id={id} label={t('fields.role')} error={error} hint={hint} required>
      {(p) => (
        <select {...p} className="form-select" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Role | '')}>
          <option value="">—</option>
          {ROLE_CHOICES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/**
 * The office, chosen among the active ones (a retired office is listed only when it is the current
 * one, marked as such): type part of its code or name to find it however long the list.
 */
export function OfficeField({ id, value, onChange, error, offices }: { id: string; value: string; onChange: (v: string) => void; error?: string; offices: Office[] }) {
  const { t } = useTranslation('users');
  const choices = offices
    .filter((o) => !o.retiredAt || o.code === value)
    .map((o) => ({
      value: o.code,
      label: `${o.name} (${o.code})${o.parentName ? ` – ${o.parentName}` : ''}${o.retiredAt ? ` – ${t('fields.officeRetired')}` : ''}`,
    }));
  return (
    <FormField id={id} label={t('fields.office')} hint={choices.length ? t('fields.officeHint') : t('fields.officeNone')} error={error}>
      {(p) => <SearchSelect {...p} options={choices} value={value} onChange={onChange} />}
    </FormField>
  );
}

/** Password typed twice (new-password, so browsers offer to generate one). */
export function PasswordFields(props: {
  idPrefix: string;
  label: string;
  password: string;
  repeat: string;
  onChange: (patch: { password?: string; repeat?: string }) => void;
  errors: { password?: string; repeat?: string };
}) {
  const { idPrefix, label, password, repeat, onChange, errors } = props;
  const { t } = useTranslation('users');
  return (
    <>
      <FormField id={`${idPrefix}-password`} label={label} hint={t('fields.passwordHint')} error={errors.password} required>
        {(p) => <input {...p} className="form-control" type="password" autoComplete="new-password" value={password} onChange={(e) => onChange({ password: e.target.value })} />}
      </FormField>
      <FormField id={`${idPrefix}-repeat`} label={t('fields.passwordRepeat')} error={errors.repeat} required>
        {(p) => <input {...p} className="form-control" type="password" autoComplete="new-password" value={repeat} onChange={(e) => onChange({ repeat: e.target.value })} />}
      </FormField>
    </>
  );
}
