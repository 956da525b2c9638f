import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@psm/server/contract';
import { formatDateTime } from '../../../lib/format';
import '../i18n';
import { auditIt } from '../i18n';
import { AuditDiff } from './audit-diff';

const known = <K extends string>(list: Record<K, string>, k: string): k is K => k in list;

/** The entries, newest first: when, who, what, on which object, and the difference it made. Stacked as cards on narrow screens. */
export function AuditTable({ items, onRecord }: { items: AuditEntry[]; onRecord: (type: string, id: string) => void }) {
  const { t } = useTranslation('audit');
  const cols = { when: t('table.when'), who: t('table.who'), action: t('table.action'), record: t('table.record'), changes: t('table.changes') };
  const typeName = (k: string) => (known(auditIt.types, k) ? t(`types.${k}`) : k);
  const actionName = (k: string) => (known(auditIt.actions, k) ? t(`actions.${k}`) : k);
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-audit-table">
      <caption className="visually-hidden">{t('table.caption')}</caption>
      <thead>
        <tr>
          {Object.values(cols).map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((e) => {
          const record = `${typeName(e.resourceType)} ${e.resourceId ?? ''}`.trim();
          return (
            <tr key={e.id}>
              <th scope="row" data-label={cols.when} className="psm-audit-table__when">
                {formatDateTime(e.occurredAt)}
              </th>
              <td data-label={cols.who} className="psm-users-table__email">
                {e.actor}
              </td>
              <td data-label={cols.action}>{actionName(e.action)}</td>
              <td data-label={cols.record}>
                {record}
                {e.resourceId && (
                  <>
                    <br />
                    <button type="button" className="btn btn-link btn-sm p-0" onClick={() => onRecord(e.resourceType, e.resourceId!)}>
                      {t('table.filterRecord')}
                      <span className="visually-hidden"> ({record})</span>
                    </button>
                  </>
                )}
              </td>
              <td data-label={cols.changes}>
                <AuditDiff before={e.before} after={e.after} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
