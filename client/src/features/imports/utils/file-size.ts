import { formatNumber } from '../../../lib/format';

/** Bytes in the unit that reads best: 812 B, 14,6 kB, 2,3 MB (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1)} kB`;
  if (bytes < 1_000_000_000) return `${formatNumber(bytes / 1_000_000, 1)} MB`;
  return `${formatNumber(bytes / 1_000_000_000, 2)} GB`;
}
