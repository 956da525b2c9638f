import type { IndicatorMeta } from '../contract/indicators';

/** An indicators row as the API shows its metadata (list, detail, dashboards, the audit log). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toIndicatorMeta(r: any): IndicatorMeta {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    definition: r.definition,
    unit: r.unit,
    decimals: r.decimals,
    source: r.source,
    sourceAgency: r.source_agency,
    sourceDataset: r.source_dataset,
    sourceCode: r.source_code,
    sourceUrl: r.source_url,
    polarity: r.polarity,
    polarityNote: r.polarity_note,
    kind: r.kind,
    frequency: r.frequency,
    licence: r.licence,
    theme: r.theme,
    notes: r.notes,
  };
}
