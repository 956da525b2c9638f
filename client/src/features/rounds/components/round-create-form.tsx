import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { FormField } from '../../../components/forms/form-field';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useLangNavigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useOpenRound } from '../api/round-writes';
import '../i18n';
import { checkRound, currentSemester, type RoundDraft } from '../utils/validate-round';

const FIELDS = ['period', 'deadline', 'reminderDays'] as const;

/** "Apri una rilevazione": period, deadline, reminder days; then the round's page. */
export function RoundCreateForm({ plan, defaultReminderDays }: { plan: string; defaultReminderDays: number }) {
  const { t } = useTranslation('rounds');
  const open = useOpenRound();
  const navigate = useLangNavigate();
  const form = useForm<RoundDraft, (typeof FIELDS)[number]>({
    id: 'new-round',
    fields: FIELDS,
    initial: { period: currentSemester(), deadline: '', reminderDays: String(defaultReminderDays) },
    validate: (v) => Object.fromEntries(Object.entries(checkRound(v)).map(([f, k]) => [f, t(`errors.${k}`)])),
  });
  const send = form.handleSubmit(async (v) => {
    const days = v.reminderDays.trim();
    const round = await open.mutateAsync({ plan, body: { period: v.period.trim(), deadline: v.deadline, ...(days ? { reminderDays: Number(days) } : {}) } });
    navigate(paths.backOffice.round(plan, round.id));
  });
  const labels = { period: t('fields.period'), deadline: t('fields.deadline'), reminderDays: t('fields.reminderDays') };
  return (
    <form className="psm-bo-form" onSubmit={send} noValidate aria-labelledby="new-round-heading">
      <h2 id="new-round-heading" className="h4">
        {t('create.title')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      <FormField {...form.field('period')} label={labels.period} hint={t('fields.periodHint')} required>
        {(p) => <input {...p} className="form-control" value={form.values.period} onChange={(e) => form.set({ period: e.target.value })} autoComplete="off" />}
      </FormField>
      <FormField {...form.field('deadline')} label={labels.deadline} hint={t('fields.deadlineHint')} required>
        {(p) => <input {...p} type="date" className="form-control" value={form.values.deadline} onChange={(e) => form.set({ deadline: e.target.value })} />}
      </FormField>
      <FormField {...form.field('reminderDays')} label={labels.reminderDays} hint={t('fields.reminderDaysHint')}>
        {(p) => (
          <input {...p} type="number" min={0} step={1} inputMode="numeric" className="form-control" value={form.values.reminderDays} onChange={(e) => form.set({ reminderDays: e.target.value })} />
        )}
      </FormField>
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
