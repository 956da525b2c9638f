import type { Dashboard } from '@psm/server/contract';
import type { DataVersion } from '../../../components/share/citation';
import { formatPeriod } from '../../../lib/format';

/** How current a strategy's cruscotto is: the latest period any of its indicators has a value for. */
export function dashboardVersion(dashboard: Dashboard): DataVersion | null {
  const periods = dashboard.indicators.flatMap((i) => i.series.flatMap((s) => (s.latest ? [s.latest.period] : [])));
  // Period codes (2023, 2023-Q2, 2023-06) sort in time order as text within a year's forms.
  const latest = periods.sort().at(-1);
  return latest ? { kind: 'period', value: latest, label: formatPeriod(latest) } : null;
}
