import { useTranslation } from 'react-i18next';
import '../i18n';
import { diffRecords, displayValue } from '../utils/diff';

/**
 * The record before and after a write as a field-by-field difference: each field added, removed or
 * changed, the old value struck through and the new one marked (words too, not only colour).
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation('audit');
  // A field the log knows by name reads as its label; any other keeps its code.
  const label = (field: string) => {
    const key = `fields.${field}`;
    return field && i18n.exists(key, { ns: 'audit' }) && typeof t(key as never, { returnObjects: true }) === 'string' ? t(key as never) : null;
  };
  const changes = diffRecords(before, after);
  if (!changes.length) return <span className="muted">{t('table.noChanges')}</span>;
  const shown = (v: unknown) => displayValue(v) || <span className="muted">{t('table.empty')}</span>;
  return (
    <dl className="psm-audit-diff">
      {changes.map((c) => (
        <div key={c.field} className={`psm-audit-diff__item psm-audit-diff__item--${c.kind}`}>
          <dt>
            {label(c.field) ?? <code>{c.field || '—'}</code>} <span className="psm-audit-diff__kind">({t(`table.${c.kind}`)})</span>
          </dt>
          <dd>
            {c.kind !== 'added' && (
              <del className="psm-audit-diff__before">
                <span className="visually-hidden">{t('table.before')}: </span>
                {shown(c.before)}
              </del>
            )}
            {c.kind === 'changed' && <span aria-hidden="true"> → </span>}
            {c.kind !== 'removed' && (
              <ins className="psm-audit-diff__after">
                <span className="visually-hidden">{t('table.after')}: </span>
                {shown(c.after)}
              </ins>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
