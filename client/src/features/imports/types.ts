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

/** The upload form: the file and its options. */
export type UploadDraft = UploadOptions & { file: File | null };
/** The upload's fields as the server names them (filters and maps are repeated `filter` and `map` fields). */
export type UploadField = 'file' | 'indicator' | 'source' | 'format' | 'filter' | 'map' | 'createIndicators';
