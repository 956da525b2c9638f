import { type ImportOptions, importOptionsSchema } from '../../../contract/imports';
import { type InputIssue, InvalidParamsError } from '../../../errors/errors';
import { importIssue } from '../../../imports/messages';
import { parsePairs } from '../../../imports/pipeline/options';

const FORM_FIELDS = ['format', 'indicator', 'map', 'filter', 'createIndicators', 'source'];
const REPEATABLE = new Set(['map', 'filter']);
/** Option names as the form spells them. */
const FORM_NAME: Record<string, string> = { filters: 'filter' };

/** The import options of the form fields, checked by the same schema as the CLI's; 400 names the field. */
export function optionsFromForm(fields: Map<string, string[]>): ImportOptions {
  const issues: InputIssue[] = [];
  for (const [name, values] of fields) {
    if (!FORM_FIELDS.includes(name)) issues.push(importIssue('option.unknownField', { field: name, fields: ['file', ...FORM_FIELDS] }, { name }));
    else if (!REPEATABLE.has(name) && values.length > 1) issues.push(importIssue('option.repeated', {}, { name }));
  }
  const one = (name: string) => fields.get(name)?.[0]?.trim() || undefined;
  const pairs = (name: string, expected: string) => {
    const parsed = parsePairs((fields.get(name) ?? []).filter((v) => v.trim()));
    if ('bad' in parsed) {
      issues.push(importIssue('option.badPair', { value: parsed.bad, expected }, { name }));
      return undefined;
    }
    return Object.keys(parsed.value).length ? parsed.value : undefined;
  };
  const map = pairs('map', 'SOURCE_CODE=OUR_CODE');
  const filters = pairs('filter', 'dimension=value');
  const create = one('createIndicators');
  if (create !== undefined && create !== 'true' && create !== 'false') issues.push(importIssue('option.notBoolean', {}, { name: 'createIndicators' }));
  if (issues.length) throw new InvalidParamsError(issues);
  const parsed = importOptionsSchema.safeParse({
    format: one('format'),
    indicator: one('indicator'),
    map,
    createIndicators: create === 'true' || undefined,
    filters,
    source: one('source'),
  });
  if (!parsed.success) {
    throw new InvalidParamsError(
      parsed.error.issues.map((i) => importIssue('option.invalid', { detail: i.message }, { name: FORM_NAME[String(i.path[0])] ?? String(i.path[0] ?? 'request') })),
    );
  }
  return parsed.data;
}
