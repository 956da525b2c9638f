import { compare, disagreementOf, latestChangeOf } from './judgement';

const torino = { code: 'ITC11', name: 'Torino', level: 'citta_metropolitana' };
const italia = { code: 'IT', name: 'Italia', level: 'stato' };

describe('card judgements', () => {
  it('compares on the latest common period and states each own latest', () => {
    const focus = [{ period: '2021', value: 11 }, { period: '2022', value: 11.9 }, { period: '2023', value: 12.3 }];
    const other = [{ period: '2021', value: 11.2 }, { period: '2022', value: 11.8 }];
    expect(compare(italia, focus, other)).toEqual({ territory: italia, latest: { period: '2022', value: 11.8 }, common: { period: '2022', focusValue: 11.9, value: 11.8 } });
    expect(compare(italia, focus, [{ period: '2010', value: 1 }])).toMatchObject({ common: null });
    expect(compare(torino, focus, [])).toEqual({ territory: torino, noData: true });
  });

  it('flags a latest change that disagrees with the progress status, and only then', () => {
    const improving = latestChangeOf([{ period: '2022', value: 16 }, { period: '2023', value: 15 }], 'lower_better');
    const worsening = latestChangeOf([{ period: '2022', value: 15 }, { period: '2023', value: 16 }], 'lower_better');
    expect(disagreementOf(improving, { status: 'moving_away', baseYear: 2015 })).toEqual({ lastChange: 'improving', status: 'moving_away', since: 2015 });
    expect(disagreementOf(worsening, { status: 'on_track', baseYear: 2018 })).toEqual({ lastChange: 'worsening', status: 'on_track', since: 2018 });
    expect(disagreementOf(improving, { status: 'on_track', baseYear: 2015 })).toBeNull();
    expect(disagreementOf(worsening, { status: 'moving_away', baseYear: 2015 })).toBeNull();
    expect(disagreementOf({ notComputed: 'break', period: '2023' }, { status: 'moving_away', baseYear: 2015 })).toBeNull();
    expect(disagreementOf(improving, null)).toBeNull();
  });
});
