import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const O = 'https://psm.example.org';

describe('safeNext', () => {
  it('keeps a path of this site, without the language', () => {
    expect(safeNext('/gestione/azioni?piano=x&lang=en#a', O)).toBe('/gestione/azioni?piano=x#a');
    expect(safeNext('/piani/psm-2024-2026', O)).toBe('/piani/psm-2024-2026');
  });

  it('falls back to the back-office for anything else', () => {
    for (const bad of [null, '', 'gestione', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '/\tx', 'javascript:alert(1)', '/accedi?next=/x']) {
      expect(safeNext(bad, O)).toBe('/gestione');
    }
  });
});
