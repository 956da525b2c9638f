import { describe, expect, it } from 'vitest';
import { validateOffice } from './validate-office';

describe('validateOffice', () => {
  it('names every field at fault', () => {
    expect(validateOffice({ code: 'UFF SVI', name: ' ', parent: '', email: 'no-at' })).toEqual({ code: 'codeSpaces', name: 'nameRequired', email: 'emailInvalid' });
    expect(validateOffice({ code: '', name: 'x'.repeat(301), parent: '', email: '' })).toEqual({ code: 'codeRequired', name: 'nameLong' });
  });
  it('accepts a complete office, e-mail optional', () => {
    expect(validateOffice({ code: 'UFF-SVI', name: 'Sviluppo', parent: 'DIR', email: 'svi@ente.it' })).toEqual({});
    expect(validateOffice({ code: 'UFF-SVI', name: 'Sviluppo', parent: '', email: '' })).toEqual({});
  });
});
