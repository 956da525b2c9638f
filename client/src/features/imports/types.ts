import type { ImportFormat, IndicatorSource } from '@psm/server/contract';

/** What the analyst fills in beside the file; lists are one `A=B` per line, as the form shows them. */
export type UploadOptions = {
  indicator: string;
  source: IndicatorSource | '';
  format: ImportFormat | '';
  filters: string;
  map: string;
  createIndicators: boolean;
};
