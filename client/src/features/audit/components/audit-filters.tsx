import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/forms/form-field';
import type { AuditFilterValues } from '../api/get-audit';
import '../i18n';
import { auditIt } from '../i18n';

const TYPES = Object.keys(auditIt.types) as (keyof typeof auditIt.types)[];
const ACTIONS = Object.keys(auditIt.actions) as (keyof typeof auditIt.actions)[];

/** The filters, applied together (the page keeps them in the URL, so a filtered view is a link). */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply: (f: AuditFilterValues) => void }) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState(value);
  const set = (patch: Partial<AuditFilterValues>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'resourceId' | 'user', hint?: string) => (
    <FormField id={`audit-${key}`} label={t(`filters.${key}`)} hint={hint}>
      {(p) => <input {...p} className="form-control" type="text" autoComplete="off" spellCheck={false} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </FormField>
  );
  const date = (key: 'from' | 'to') => (
    <FormField id={`audit-${key}`} label={t(`filters.${key}`)}>
      {(p) => <input {...p} className="form-control" type="date" value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </FormField>
  );
  return (
    <form
      className="psm-bo-form psm-audit-filters"
      aria-labelledby="audit-filters-title"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <h2 id="audit-filters-title" className="h5">
        {t('filters.title')}
      </h2>
      <div className="psm-field-grid">
        <FormField id="audit-resourceType" label={t('filters.resourceType')}>
          {(p) => (
            <select {...p} className="form-select" value={draft.resourceType} onChange={(e) => set({ resourceType: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {TYPES.map((k) => (
                <option key={k} value={k}>
                  {t(`types.${k}`)}
                </option>
              ))}
              {draft.resourceType && !(TYPES as string[]).includes(draft.resourceType) && <option value={draft.resourceType}>{draft.resourceType}</option>}
            </select>
          )}
        </FormField>
        {text('resourceId', t('filters.resourceIdHint'))}
        {text('user', t('filters.userHint'))}
        <FormField id="audit-action" label={t('filters.action')}>
          {(p) => (
            <select {...p} className="form-select" value={draft.action} onChange={(e) => set({ action: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {ACTIONS.map((k) => (
                <option key={k} value={k}>
                  {t(`actions.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {date('from')}
        {date('to')}
      </div>
      <div className="psm-bo-form__actions">
        <button type="submit" className="btn btn-primary">
          {t('filters.apply')}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary"
          onClick={() => {
            const none = { resourceType: '', resourceId: '', user: '', action: '', from: '', to: '' };
            setDraft(none);
            onApply(none);
          }}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
