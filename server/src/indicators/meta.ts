import type { IndicatorMeta } from '../contract/indicators';
import type { IndicatorKind, Polarity } from '../contract/values';
import type { IndicatorRow } from '../db/rows';

/** An indicators row as the API shows its metadata (list, detail, dashboards, the audit log). */
export function toIndicatorMeta(r: IndicatorRow): IndicatorMeta {
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
    // indicators_polarity_check and indicators_kind_check keep both within the contract's lists.
    polarity: r.polarity as Polarity,
    polarityNote: r.polarity_note,
    kind: r.kind as IndicatorKind,
    frequency: r.frequency,
    licence: r.licence,
    theme: r.theme,
    notes: r.notes,
    releaseDate: r.release_date,
    nextRelease: r.next_release,
    responsibleOfficeId: r.responsible_office_id,
  };
}
