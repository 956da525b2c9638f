import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { countText } from './count-text';

describe('countText', () => {
  afterAll(() => void i18n.changeLanguage('it'));

  it('uses the plural form the number asks for, with the number formatted', () => {
    expect(countText('previousValues', 1)).toBe('1 valore precedente');
    expect(countText('previousValues', 0)).toBe('0 valori precedenti');
    expect(countText('new', 1)).toBe('1 nuovo');
    expect(countText('values', 12345)).toBe('12.345 valori');
    void i18n.changeLanguage('en');
    expect(countText('previousValues', 1)).toBe('1 previous value');
    expect(countText('values', 12345)).toBe('12,345 values');
  });
});
