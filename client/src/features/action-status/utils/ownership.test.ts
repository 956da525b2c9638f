import { describe, expect, it } from 'vitest';
import type { ActionRow } from '@psm/server/contract';
import { manageableRows, ownership } from './ownership';
import { semesterOptions } from './periods';
import { sessionOf } from '../../../test/fake-api';

const row = (code: string, office: string | null, extra: object = {}) =>
  ({ code, office: office ? { code: office, name: office } : null, ...extra }) as unknown as ActionRow;

describe('ownership', () => {
  it('lets an admin update every action', () => {
    expect(ownership(row('1.1.1', null), sessionOf('admin'))).toBe('admin');
  });

  it('shows a manager with no office and no assignment nothing to update', () => {
    const { rows } = manageableRows([row('1.1.1', 'UFF-SVI', { responsible: null }), row('1.1.2', null, { responsible: null })], sessionOf('manager'));
    expect(rows).toEqual([]);
  });

  it('keeps the actions of the manager’s office and those assigned to them', () => {
    const me = sessionOf('manager', { office: { code: 'UFF-SVI', name: 'Sviluppo' } });
    const rows = [row('1.1.1', 'UFF-SVI', { responsible: null }), row('1.1.2', 'UFF-MOB', { responsible: { id: 7 } }), row('1.1.3', 'UFF-MOB', { responsible: { id: 9 } })];
    const out = manageableRows(rows, me);
    expect(out.rows.map((r) => `${r.code} ${r.ownership}`)).toEqual(['1.1.1 office', '1.1.2 assigned']);
  });
});

describe('semesterOptions', () => {
  it('lists the current semester and the five before it', () => {
    expect(semesterOptions('2026-S2')).toEqual(['2026-S2', '2026-S1', '2025-S2', '2025-S1', '2024-S2', '2024-S1']);
    expect(semesterOptions('2026-S1', 1)).toEqual(['2026-S1', '2025-S2']);
  });
});
