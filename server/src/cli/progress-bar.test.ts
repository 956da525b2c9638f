import { progressLine } from './progress-bar';

describe('import progress line', () => {
  it('shows the phase, the bar by bytes, rows done of the file lines and megabytes in it-IT', () => {
    const line = progressLine({ phase: 'reading', rowsDone: 250_000, rowsTotal: 1_000_000, bytesDone: 14_500_000, bytesTotal: 58_000_000 }, 20);
    expect(line).toBe('lettura / reading   [#####---------------]  25%  250.000 / 1.000.000 righe  14,5 MB / 58,0 MB');
  });

  it('without a line count (JSON, XML, XLSX) shows the rows read only', () => {
    const line = progressLine({ phase: 'checking', rowsDone: 1234, rowsTotal: null, bytesDone: 10, bytesTotal: 10 }, 10);
    expect(line).toBe('verifica / checking [##########] 100%  1234 righe  0,0 MB / 0,0 MB');
  });
});
