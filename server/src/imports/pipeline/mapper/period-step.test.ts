import { PeriodStep } from './period-step';
import { rawRecord } from './test-record';

describe('PeriodStep', () => {
  it('normalises the period, reading each spelling once', () => {
    const step = new PeriodStep();
    const first = step.map(rawRecord({ time: '2021Q3' }));
    expect(first).toEqual({ period: '2021-Q3', start: '2021-07-01', frequency: 'quarterly' });
    expect(step.map(rawRecord({ time: '2021Q3' }))).toBe(first);
  });

  it('names a period it cannot read at its row and column', () => {
    expect(new PeriodStep().map(rawRecord({ time: '2021/03' }, { row: 12 }))).toEqual({
      kind: 'row-issue',
      issue: {
        row: 12,
        column: 'time',
        code: 'period.invalid',
        params: { value: '2021/03', formats: expect.any(String) },
        message: expect.stringMatching(/^"2021\/03" is not a period: expected 2021, 2021-Q3/),
      },
    });
  });
});
