import { formatLocale } from '../../../lib/format';

/** 1250000 → "1.250.000,00 €" (Italian) / "€1,250,000.00" (English). */
export function formatEuro(amount: number): string {
  return new Intl.NumberFormat(formatLocale(), { style: 'currency', currency: 'EUR', useGrouping: 'always' } as Intl.NumberFormatOptions).format(amount);
}
