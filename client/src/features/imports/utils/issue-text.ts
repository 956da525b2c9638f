import type { ImportMessageCode } from '@psm/server/contract';
import { countText, type CountKey } from '../../../lib/count-text';
import { formatNumber } from '../../../lib/format';
import { i18n } from '../../../i18n/i18n';
import '../i18n';
import { formatBytes } from './file-size';

/** A message of the import as the API sends it: its English `message` and, from a recent server, its code and params. */
export type CodedMessage = { message: string; code?: string | null; params?: Record<string, unknown> | null };

type Params = Record<string, unknown>;
type T = (key: string, options?: Params) => string;

const list = (v: unknown, sep = ', '): string => (Array.isArray(v) ? v.map(String).join(sep) : v == null ? '' : String(v));
const num = (v: unknown): string => (typeof v === 'number' ? formatNumber(v, 0) : v == null ? '' : String(v));
const bytes = (v: unknown): string => (typeof v === 'number' ? formatBytes(v) : '');
/** A count with its noun in the plural form it asks for ("1 riga esclusa dai filtri"). */
const count = (key: CountKey, v: unknown): string => (typeof v === 'number' ? countText(key, v) : num(v));

/** The params as the texts name them: lists joined, numbers and sizes formatted, optional pieces worded. */
function prepare(code: ImportMessageCode, p: Params, t: T): Params {
  switch (code) {
    case 'dimension.severalValues':
      return { ...p, values: list(p.values), more: p.more ? ', …' : '' };
    case 'filter.unknownDimension':
      return { ...p, values: list(p.values, ','), dimensions: list(p.dimensions) };
    case 'filter.valueNotFound':
      return { ...p, values: list(p.values) };
    case 'territory.unknown':
      return { ...p, label: p.label ? ` (${String(p.label)})` : '' };
    case 'territory.ambiguous':
      return { ...p, candidates: list(p.candidates, t('messages.hints.or')) };
    case 'value.tooLarge':
      return { ...p, value: typeof p.value === 'number' ? formatNumber(p.value) : p.value };
    case 'row.badCodes':
      return { ...p, count: Array.isArray(p.dimensions) ? p.dimensions.length : '', dimensions: list(p.dimensions, ',') };
    case 'row.truncated':
      return { ...p, found: num(p.found), expected: num(p.expected) };
    case 'row.duplicate':
      return { ...p, rows: list(p.rows), indicator: p.indicator ? ` ${String(p.indicator)}` : '' };
    case 'file.nothingToImport':
      return { ...p, filteredOut: count('rowsFilteredOut', p.filteredOut), missing: count('emptyRows', p.missing) };
    case 'file.missingColumns': {
      const separator = p.separator === '\t' ? t('messages.hints.tab') : `"${String(p.separator)}"`;
      const hint = !p.singleColumn ? '' : p.separator != null ? t('messages.hints.separator', { separator }) : t('messages.hints.pastedCsv');
      return { ...p, missing: list(p.missing), header: list(p.header, ' | ').slice(0, 200), hint };
    }
    case 'file.rowTooLong':
    case 'file.tooLarge':
      return { ...p, row: num(p.row), limit: bytes(p.limit) };
    case 'file.tooManyColumns':
      return { ...p, row: num(p.row), limit: num(p.limit), hint: p.spreadsheet ? '' : t('messages.hints.wrongSeparator') };
    case 'file.noTerritoryDimension':
      return { ...p, expected: list(p.expected, t('messages.hints.or')), found: list(p.found) };
    case 'format.unknown':
    case 'format.sdmxStructure':
      return { ...p, formats: list(p.formats, '; ') };
    case 'format.unrecognised': {
      const kind = ['xml', 'json', 'zip', 'text'].includes(String(p.kind)) ? String(p.kind) : null;
      return { ...p, formats: list(p.formats, '; '), what: kind ? t(`messages.hints.${kind}`, { root: p.root ?? '?', firstLine: p.firstLine ?? '' }) : '' };
    }
    case 'file.zipBomb': {
      const reason = ['size', 'ratio', 'strings'].includes(String(p.reason)) ? String(p.reason) : 'ratio';
      const limit = reason === 'size' ? bytes(p.limit) : num(p.limit);
      return { ...p, why: t(`messages.hints.zip${reason[0]!.toUpperCase()}${reason.slice(1)}`, { limit }) };
    }
    case 'xml.tokenTooLong':
      return { ...p, limit: bytes(p.limit), line: num(p.line) };
    case 'xml.tooDeep':
      return { ...p, line: num(p.line) };
    case 'jsonstat.noDimension': {
      const missing = p.missing === 'time' ? 'time' : 'territory';
      return { ...p, missing: t(`messages.jsonstat.${missing}`), role: missing === 'time' ? 'time' : 'geo', dimensions: list(p.dimensions) };
    }
    case 'upload.tooLarge':
      return { ...p, limit: bytes(p.limit) };
    default:
      return p;
  }
}

/**
 * The text of an import message in the current language, from its code and params; the server's English
 * `message` when it has no code or one this client does not know (a server newer than the client).
 */
export function messageText(m: CodedMessage): string {
  // A structure message is not "an XML document with root <Structure>": it has its own words.
  const code = m.code === 'xml.wrongRoot' && m.params?.root === 'Structure' ? 'xml.structure' : m.code;
  const key = `messages.${code ?? ''}`;
  if (!m.code || typeof i18n.getResource(i18n.language, 'imports', key) !== 'string') return m.message;
  const translate = i18n.t as unknown as (k: string, o: Params) => string;
  const t: T = (k, o) => translate(k, { ns: 'imports', ...o });
  return t(key, prepare(m.code as ImportMessageCode, m.params ?? {}, t));
}
