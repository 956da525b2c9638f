import type { ReportSection } from '@psm/server/contract';
import { localToday } from '../../../lib/format';

export type SectionKind = ReportSection['kind'];
export const SECTION_KINDS: readonly SectionKind[] = ['heading', 'text', 'indicator', 'strategy', 'status-table', 'rollup', 'coherence'];

/** A section on screen: `key` keeps React's rows stable; `saved` is its index in the saved report (where its proposed text is), null while new. */
export type SectionDraft = { key: number; saved: number | null; section: ReportSection };

let nextKey = 1;
export const draftsOf = (sections: readonly ReportSection[]): SectionDraft[] => sections.map((section, i) => ({ key: nextKey++, saved: i, section }));

/** A new, empty section of that kind. */
export function newSection(kind: SectionKind): SectionDraft {
  const section: ReportSection = (() => {
    switch (kind) {
      case 'heading':
        return { kind, text: '' };
      case 'text':
        return { kind, markdown: '' };
      case 'indicator':
        return { kind, indicator: '', table: false, text: null };
      case 'strategy':
        return { kind, strategy: '', text: null };
      case 'status-table':
        return { kind, by: 'axis' };
      case 'rollup':
        return { kind, livello: 'piano' };
      case 'coherence':
        return { kind };
    }
  })();
  return { key: nextKey++, saved: null, section };
}

/** The fields of a section as the server names them in a 400 (`sections.3.indicator`). */
export function sectionFields(section: ReportSection, index: number): string[] {
  const names: Record<SectionKind, string[]> = {
    heading: ['text'],
    text: ['markdown'],
    indicator: ['indicator', 'territories', 'table', 'text'],
    strategy: ['strategy', 'text'],
    'status-table': ['by', 'zone', 'office', 'funding'],
    rollup: ['livello', 'asse'],
    coherence: [],
  };
  return names[section.kind].map((f) => `sections.${index}.${f}`);
}

/** Moves the item at `from` by `by` places (-1 up, +1 down). */
export function moved<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}


/** Client checks of the metadata: a message key by field. */
export function checkMetadata(v: { title: string; referenceDate: string }): Partial<Record<'title' | 'referenceDate', 'required' | 'future'>> {
  const out: Partial<Record<'title' | 'referenceDate', 'required' | 'future'>> = {};
  if (!v.title.trim()) out.title = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.referenceDate)) out.referenceDate = 'required';
  else if (v.referenceDate > localToday()) out.referenceDate = 'future';
  return out;
}
