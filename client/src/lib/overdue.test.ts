import { describe, expect, it } from 'vitest';
import { overdueSpan, reasonDays } from './overdue';

describe('overdueSpan', () => {
  it('counts days up to two months, then months, then years', () => {
    expect(overdueSpan(1)).toEqual({ unit: 'days', count: 1 });
    expect(overdueSpan(12)).toEqual({ unit: 'days', count: 12 });
    expect(overdueSpan(60)).toEqual({ unit: 'days', count: 60 });
    expect(overdueSpan(61)).toEqual({ unit: 'months', count: 2 });
    expect(overdueSpan(92)).toEqual({ unit: 'months', count: 3 });
    expect(overdueSpan(729)).toEqual({ unit: 'months', count: 23 });
    expect(overdueSpan(730)).toEqual({ unit: 'years', count: 1 });
    expect(overdueSpan(1100)).toEqual({ unit: 'years', count: 3 });
  });
});

describe('reasonDays', () => {
  const overdue = {
    since: '2024-10-31',
    days: 121,
    reasons: [
      { kind: 'milestone', title: 'Aggiudicazione', dueDate: '2024-12-31' },
      { kind: 'plannedEnd', dueDate: '2024-10-31' },
    ],
  };
  it('counts each reason from its own due date', () => {
    expect(reasonDays(overdue, { kind: 'plannedEnd', dueDate: '2024-10-31' })).toBe(121);
    expect(reasonDays(overdue, { kind: 'milestone', title: 'Aggiudicazione', dueDate: '2024-12-31' })).toBe(60);
    expect(reasonDays(overdue, { kind: 'milestone', title: 'Collaudo', dueDate: '2024-12-31' })).toBeNull();
    expect(reasonDays(null, { kind: 'plannedEnd', dueDate: '2024-10-31' })).toBeNull();
  });
});
