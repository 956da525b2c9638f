import { nextReleaseIn } from './seed-indicators';

describe('nextReleaseIn', () => {
  it('reads a next release only where a manifest note states one', () => {
    expect(nextReleaseIn("Ultimo anno 2023: stima semi-definitiva Istat, il 2024 provinciale arriva a dicembre 2026. Misura …")).toBe('2026-12-01');
    expect(nextReleaseIn('Ultimo anno stimato (e).')).toBeNull();
    expect(nextReleaseIn(undefined)).toBeNull();
    expect(nextReleaseIn('arriva a brumaio 2026')).toBeNull();
  });
});
