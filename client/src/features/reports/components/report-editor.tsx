import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOut, ReportSection } from '@psm/server/contract';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { ApiError } from '../../../lib/api-client';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useUpdateReport } from '../api/report-writes';
import '../i18n';
import { checkMetadata, draftsOf, moved, newSection, SECTION_KINDS, sectionFields, type SectionDraft, type SectionKind } from '../utils/section-draft';
import { MetadataFields, type Metadata } from './metadata-fields';
import { SectionCard } from './section-card';

type Values = Metadata & { sections: SectionDraft[] };
type Props = {
  report: ReportOut;
  etag: string;
  /** Proposed sentences by section index of the saved report. */
  proposals: ReadonlyMap<number, string>;
  onDirty: (dirty: boolean) => void;
  onStale: (version: number) => void;
};

const valuesOf = (r: ReportOut): Values => ({ title: r.title, referenceDate: r.referenceDate, lang: r.lang, sections: draftsOf(r.sections) });
const subject = (s: ReportSection) => (s.kind === 'indicator' ? s.indicator : s.kind === 'strategy' ? s.strategy : null);
const isStale = (err: unknown): err is ApiError => err instanceof ApiError && err.status === 409 && typeof err.problem.currentVersion === 'number';

/** The report's details and its sections in order: add, change, move, remove, save (If-Match). A final report is shown read-only. */
export function ReportEditor({ report, etag, proposals, onDirty, onStale }: Props) {
  const { t } = useTranslation('reports');
  const update = useUpdateReport();
  const readOnly = report.status === 'final';
  const [kind, setKind] = useState<SectionKind>('heading');
  const [saved, setSaved] = useState<number | null>(null);
  const savedRef = useFocusOn<HTMLParagraphElement>(saved);
  const form = useForm<Values, string>({
    id: 'report',
    fields: (v) => ['title', 'referenceDate', 'lang', ...v.sections.flatMap((d, i) => sectionFields(d.section, i))],
    initial: () => valuesOf(report),
    validate: (v) => Object.fromEntries(Object.entries(checkMetadata(v)).map(([f, k]) => [f, t(`errors.${k}`)])),
  });
  const { dirty } = form;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const setSections = (sections: SectionDraft[]) => form.set({ sections });
  const sections = form.values.sections;
  const proposalOf = (d: SectionDraft) => {
    const before = d.saved === null ? undefined : report.sections[d.saved];
    return before && before.kind === d.section.kind && subject(before) === subject(d.section) ? (proposals.get(d.saved!) ?? null) : null;
  };
  const save = form.handleSubmit(async (v) => {
    setSaved(null);
    try {
      const body = { title: v.title.trim(), referenceDate: v.referenceDate, lang: v.lang, sections: v.sections.map((d) => d.section) };
      const next = await update.mutateAsync({ id: report.id, etag, body });
      form.reset(valuesOf(next.report));
      setSaved(next.report.version);
    } catch (err) {
      if (isStale(err)) return onStale(err.problem.currentVersion as number);
      throw err;
    }
  });
  const label = (f: string) => {
    const m = /^sections\.(\d+)\.(.+)$/.exec(f);
    if (!m) return t(`fields.${f as keyof Metadata}`);
    return `${t('editor.sectionTitle', { n: Number(m[1]) + 1, kind: t(`kinds.${sections[Number(m[1])]!.section.kind}`) })} (${m[2]})`;
  };

  return (
    <form className="psm-bo-form psm-report-editor" onSubmit={save} noValidate aria-labelledby="report-metadata-title">
      <ErrorSummary items={form.summary(label)} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      {saved !== null && !dirty && (
        <p ref={savedRef} className="alert alert-success" role="status" tabIndex={-1}>
          {t('editor.saved', { version: saved })}
        </p>
      )}
      <fieldset disabled={readOnly} className="psm-report-editor__body">
        <h2 id="report-metadata-title" className="h4">
          {t('editor.metadata')}
        </h2>
        <MetadataFields values={form.values} set={form.set} field={form.field} />
        <h2 className="h4 mt-4">{t('editor.sections')}</h2>
        {!sections.length && <p>{t('editor.noSections')}</p>}
        <ol className="psm-report-sections list-unstyled">
          {sections.map((d, i) => (
            <SectionCard
              key={d.key}
              index={i}
              count={sections.length}
              readOnly={readOnly}
              section={d.section}
              plan={report.plan}
              proposal={proposalOf(d)}
              field={(name) => form.field(`sections.${i}.${name}`)}
              onChange={(section) => setSections(sections.map((x, j) => (j === i ? { ...x, section } : x)))}
              onMove={(by) => setSections(moved(sections, i, by))}
              onRemove={() => setSections(sections.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        {!readOnly && (
          <div className="psm-report-add">
            <FormField id="report-add-kind" label={t('editor.addKind')}>
              {(p) => (
                <select {...p} className="form-select" value={kind} onChange={(e) => setKind(e.target.value as SectionKind)}>
                  {SECTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <button type="button" className="btn btn-outline-primary" onClick={() => setSections([...sections, newSection(kind)])}>
              {t('editor.add')}
            </button>
          </div>
        )}
      </fieldset>
      {!readOnly && (
        <div className="psm-bo-form__actions">
          <button type="submit" className="btn btn-primary" disabled={form.submitting}>
            {form.submitting ? t('editor.saving') : t('editor.save')}
          </button>
          {dirty && <span className="small">{t('editor.unsaved')}</span>}
        </div>
      )}
    </form>
  );
}
