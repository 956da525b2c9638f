import { useTranslation } from 'react-i18next';
import type { ReportOut } from '@psm/server/contract';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useLangNavigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDuplicateReport } from '../api/report-writes';
import '../i18n';
import { localToday } from '../../../lib/format';
import { checkMetadata } from '../utils/section-draft';

const FIELDS = ['title', 'referenceDate'] as const;

/** "Duplica": a new draft with the same sections, e.g. next year's update; its title and "dati al" first. */
export function DuplicateForm({ report }: { report: ReportOut }) {
  const { t } = useTranslation('reports');
  const duplicate = useDuplicateReport();
  const navigate = useLangNavigate();
  const form = useForm({
    id: 'report-copy',
    fields: FIELDS,
    initial: { title: report.title, referenceDate: localToday() },
    validate: (v) => Object.fromEntries(Object.entries(checkMetadata(v)).map(([f, k]) => [f, t(`errors.${k}`)])),
  });
  const send = form.handleSubmit(async (v) => {
    const copy = await duplicate.mutateAsync({ id: report.id, body: { title: v.title.trim(), referenceDate: v.referenceDate } });
    navigate(paths.backOffice.report(copy.report.id));
  });
  const labels = { title: t('fields.title'), referenceDate: t('fields.referenceDate') };
  return (
    <form className="psm-bo-form psm-panel mt-3" onSubmit={send} noValidate aria-labelledby="report-copy-heading">
      <div className="psm-panel__body">
        <h2 id="report-copy-heading" className="h5">
          {t('actions.duplicateTitle')}
        </h2>
        <p className="small">{t('actions.duplicateLead')}</p>
        <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
        <WriteError error={form.failure} attempt={form.attempt} />
        <FormField {...form.field('title')} label={t('fields.title')} required>
          {(p) => <input {...p} className="form-control" maxLength={300} value={form.values.title} onChange={(e) => form.set({ title: e.target.value })} />}
        </FormField>
        <FormField {...form.field('referenceDate')} label={t('fields.referenceDate')} hint={t('fields.referenceDateHint')} required>
          {(p) => <input {...p} type="date" className="form-control" value={form.values.referenceDate} onChange={(e) => form.set({ referenceDate: e.target.value })} />}
        </FormField>
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {t('actions.duplicateSubmit')}
        </button>
      </div>
    </form>
  );
}
