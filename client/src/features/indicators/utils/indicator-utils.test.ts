import { describe, expect, it } from 'vitest';
import { ITALIA, PIEMONTE, pointOf, seriesOf, TORINO } from '../test-fixtures';
import { chartSeries } from './chart-series';
import { mergeSeries, valueOf } from './merge-series';
import { indicatorDownloadUrl, observationsUrl } from './observations-url';
import { summariseSeries } from './series-summary';
import { defaultSelection, normaliseSelection, offeredTerritories } from './territory-options';

describe('mergeSeries', () => {
  const torino = seriesOf(TORINO, [pointOf('2019', 34), pointOf('2020', 36), pointOf('2022', 40)]);
  const piemonte = seriesOf(PIEMONTE, [pointOf('2018', 30), pointOf('2020', 31, { provisional: true })]);

  it('builds the full period axis and puts null where a territory has no value (a gap, not a bridge)', () => {
    const rows = mergeSeries([torino, piemonte]);
    expect(rows.map((r) => r.period)).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(rows.map(valueOf('ITC11'))).toEqual([null, 34, 36, null, 40]);
    expect(rows.map(valueOf('ITC1'))).toEqual([30, null, 31, null, null]);
  });

  it("widens the axis to the targets' periods", () => {
    expect(mergeSeries([torino], ['2024']).map((r) => r.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });
});

describe('territory options', () => {
  const coverage = [ITALIA, PIEMONTE, TORINO, { code: 'ITC11-ZO1', name: 'Zona 1', level: 'zona_omogenea' }].map((territory) => ({
    territory,
    observations: 1,
    firstPeriod: '2020',
    lastPeriod: '2020',
  }));

  it('offers the plan territory first, then region, country and finer areas; defaults to the first three', () => {
    const offered = offeredTerritories(coverage, 'ITC11');
    expect(offered.map((t) => t.code)).toEqual(['ITC11', 'ITC1', 'IT', 'ITC11-ZO1']);
    expect(defaultSelection(offered, 'ITC11')).toEqual(['ITC11', 'ITC1', 'IT']);
  });

  it('keeps only offered codes, in the offered order', () => {
    const offered = offeredTerritories(coverage, 'ITC11');
    expect(normaliseSelection(['IT', 'XX', 'ITC11'], offered)).toEqual(['ITC11', 'IT']);
  });
});

describe('observations URL', () => {
  it('asks for the territories in a fixed order, and downloads the same territories', () => {
    expect(observationsUrl('BES_X', ['ITC11', 'ITC1'])).toBe('/api/observations?indicator=BES_X&territory=ITC11,ITC1');
    expect(indicatorDownloadUrl('BES_X', { scope: 'shown', format: 'csv-excel', territories: ['ITC11', 'ITC1'], lang: 'it' })).toBe(
      '/api/indicators/BES_X/download?format=csv-excel&scope=shown&territory=ITC11,ITC1',
    );
    expect(indicatorDownloadUrl('BES_X', { scope: 'full', format: 'zip', territories: ['ITC11'], lang: 'en' })).toBe('/api/indicators/BES_X/download?format=zip&scope=full&lang=en');
  });
});

describe('summariseSeries', () => {
  it('judges the change by polarity', () => {
    const s = summariseSeries([pointOf('2021', 60), pointOf('2022', 61.5)], 'higher_better')!;
    expect(s.change).toBe(1.5);
    expect(s.direction).toBe('improving');
    expect(summariseSeries([pointOf('2021', 60), pointOf('2022', 61.5)], 'lower_better')!.direction).toBe('worsening');
    expect(summariseSeries([pointOf('2022', 61.5)], 'lower_better')!.direction).toBe('unknown');
  });
});

describe('chartSeries', () => {
  it('leaves out comparisons of another order of magnitude', () => {
    const { drawn, offScale } = chartSeries(
      [seriesOf(TORINO, [pointOf('2021', 12000)]), seriesOf(ITALIA, [pointOf('2021', 330000)])],
      'ITC11',
    );
    expect(drawn.map((s) => s.territory.code)).toEqual(['ITC11']);
    expect(offScale.map((s) => s.territory.code)).toEqual(['IT']);
  });
});
