import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useLangNavigate } from '../../../i18n/link';
import { newestPlan, usePlans } from '../../../lib/api/get-plans';
import { paths } from '../../../lib/paths';
import { useCreateReport } from '../api/report-writes';
import '../i18n';
import { localToday } from '../../../lib/format';
import { checkMetadata } from '../utils/section-draft';
import { MetadataFields, type Metadata } from './metadata-fields';

type NewReport = Metadata & { plan: string };
const FIELDS = ['plan', 'title', 'referenceDate', 'lang'] as const;

/** "Nuovo rapporto": plan edition, title, "dati al" (today by default), language; then the composer. */
export function ReportCreateForm() {
  const { t } = useTranslation('reports');
  const plans = usePlans();
  const create = useCreateReport();
  const navigate = useLangNavigate();
  const form = useForm<NewReport, (typeof FIELDS)[number]>({
    id: 'new-report',
    fields: FIELDS,
    initial: { plan: '', title: '', referenceDate: localToday(), lang: 'it' },
    validate: (v) => Object.fromEntries(Object.entries(checkMetadata(v)).map(([f, k]) => [f, t(`errors.${k}`)])),
  });
  const plan = form.values.plan || (plans.data ? (newestPlan(plans.data.items) ?? '') : '');
  const send = form.handleSubmit(async (v) => {
    const saved = await create.mutateAsync({ plan, title: v.title.trim(), referenceDate: v.referenceDate, lang: v.lang, sections: [] });
    navigate(paths.backOffice.report(saved.report.id));
  });
  const labels = { plan: t('fields.plan'), title: t('fields.title'), referenceDate: t('fields.referenceDate'), lang: t('fields.lang') };
  return (
    <form className="psm-bo-form" onSubmit={send} noValidate aria-labelledby="new-report-heading">
      <h2 id="new-report-heading" className="h4">
        {t('create.title')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      <FormField {...form.field('plan')} label={t('fields.plan')} required>
        {(p) => (
          <select {...p} className="form-select" value={plan} onChange={(e) => form.set({ plan: e.target.value })}>
            {(plans.data?.items ?? []).map((pl) => (
              <option key={pl.code} value={pl.code}>
                {pl.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <MetadataFields values={form.values} set={form.set} field={form.field} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
