import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '@psm/server/contract';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { HistoryLink } from '../../../components/back-office/history-link';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useActionDetails, useEditActionDetails } from '../api/action-details';
import { useEditChoices } from '../api/edit-choices';
import '../i18n';
import { adminPaths } from '../utils/admin-paths';
import { type DetailsDraft, fieldsOf, initialDraft, toBody, validateDraft } from '../utils/details-draft';
import { type Choices, FundingFields, MainFields, MilestoneFields, PartnerFields, ZoneFields } from './details-fields';

type Outcome = { kind: 'conflict'; version: number | null } | { kind: 'saved'; action: ActionDetail } | null;

/** The label of a field as the summary lists it (`fundings.0.cup` → "Finanziamento 1 – CUP"). */
function useFieldLabel() {
  const { t } = useTranslation('actionAdmin');
  const rows = { partners: 'form.partner', fundings: 'form.funding', milestones: 'form.milestone' } as const;
  const parts: Record<string, string> = {
    name: 'form.partnerName',
    role: 'form.partnerRole',
    title: 'form.milestoneTitle',
    plannedDate: 'form.plannedDate',
    actualDate: 'form.actualDate',
    sourceType: 'form.sourceType',
    pnrrCode: 'form.pnrrCode',
    cup: 'form.cup',
    amount: 'form.amount',
    description: 'form.description',
    sourceUrl: 'form.sourceUrl',
  };
  return (f: string): string => {
    const [head = '', index, part] = f.split('.');
    if (head === 'dates') return t(`form.${index as 'plannedStart'}`);
    if (head in rows && index !== undefined) return `${t(rows[head as keyof typeof rows], { n: Number(index) + 1 })} – ${t(parts[part!] as 'form.cup')}`;
    return t(`form.${head as 'office'}`);
  };
}

function ConflictNotice({ version, reloaded, reloading, onReload, attempt }: { version: number | null; reloaded: number | null; reloading: boolean; onReload: () => void; attempt: number }) {
  const { t } = useTranslation('actionAdmin');
  const ref = useFocusOn<HTMLDivElement>(`${attempt}:${reloaded}`);
  if (reloaded != null) {
    return (
      <div ref={ref} className="alert alert-info" role="status" tabIndex={-1}>
        <p className="mb-0">{t('conflict.reloaded', { version: reloaded })}</p>
      </div>
    );
  }
  return (
    <div ref={ref} className="alert alert-warning psm-conflict" role="alert" tabIndex={-1}>
      <h2 className="h5">{t('conflict.title')}</h2>
      <p>{t('conflict.text', { version: version ?? '?' })}</p>
      <button type="button" className="btn btn-primary btn-sm" onClick={onReload} disabled={reloading}>
        {reloading ? t('conflict.reloading') : t('conflict.reload')}
      </button>
    </div>
  );
}

function Saved({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('actionAdmin');
  const ref = useFocusOn<HTMLDivElement>(action.version);
  return (
    <div ref={ref} className="alert alert-success psm-saved" role="status" tabIndex={-1}>
      <h2 className="h5">{t('saved.title')}</h2>
      <p className="mb-0">{t('saved.text', { code: action.code, version: action.version })}</p>
    </div>
  );
}

function DetailsForm({ plan, code, action, etag, choices }: { plan: string; code: string; action: ActionDetail; etag: string; choices: Choices }) {
  const { t } = useTranslation('actionAdmin');
  const edit = useEditActionDetails();
  const loaded = useActionDetails(plan, code);
  const label = useFieldLabel();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reloaded, setReloaded] = useState<number | null>(null);
  const form = useForm<DetailsDraft, string>({
    id: 'det',
    fields: fieldsOf,
    initial: () => initialDraft(action, choices.users),
    validate: (d) => Object.fromEntries(Object.entries(validateDraft(d)).map(([f, k]) => [f, t(`errors.${k}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });

  const send = form.handleSubmit(async (draft) => {
    try {
      const saved = await edit.mutateAsync({ plan, code, body: toBody(draft), etag });
      setOutcome({ kind: 'saved', action: saved.action });
      setReloaded(null);
      // The values saved are the form's new starting point (what the server made of them).
      form.reset(initialDraft(saved.action, choices.users));
    } catch (err) {
      // 409 (someone saved in between) or 412: the user's input stays; they may reload and confirm.
      if (err instanceof ApiError && (err.status === 409 || err.status === 412)) {
        const v = err.problem.currentVersion;
        setOutcome({ kind: 'conflict', version: typeof v === 'number' ? v : null });
      } else throw err;
    }
  });

  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) setReloaded(fresh.data.action.version);
  };

  return (
    <form
      className="psm-bo-form"
      onSubmit={(e) => {
        setOutcome(null);
        send(e);
      }}
      noValidate
      aria-labelledby="det-title"
    >
      <h2 id="det-title" className="h4">
        {t('form.version', { version: action.version })}
      </h2>
      <p className="small">{t('form.intro')}</p>
      {outcome?.kind === 'saved' && <Saved action={outcome.action} />}
      <ErrorSummary items={form.summary(label)} other={form.other} attempt={form.attempt} />
      {outcome?.kind === 'conflict' && <ConflictNotice version={outcome.version} reloaded={reloaded} reloading={loaded.isFetching} onReload={() => void reload()} attempt={form.attempt} />}
      <WriteError error={form.failure} attempt={form.attempt} />
      <MainFields form={form} choices={choices} />
      <ZoneFields form={form} zones={choices.zones} />
      <PartnerFields form={form} />
      <FundingFields form={form} />
      <MilestoneFields form={form} />
      <div className="psm-bo-form__actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {form.submitting ? t('form.submitting') : reloaded != null ? t('form.confirm') : t('form.submit')}
        </button>
        <Link to={adminPaths.list(plan)} className="btn btn-outline-secondary">
          {t('form.cancel')}
        </Link>
        <Link to={paths.action(plan, code)}>{t('form.publicPage')}</Link>
      </div>
    </form>
  );
}

/** /gestione/piani/:plan/azioni/:code/dettagli: an admin edits the action's monitoring data. */
export function ActionDetailsView({ plan, code }: { plan: string; code: string }) {
  const { t } = useTranslation('actionAdmin');
  const loaded = useActionDetails(plan, code);
  const choices = useEditChoices();
  let body;
  if (loaded.isPending || choices.isPending) body = <LoadingState />;
  else if (loaded.isError) body = <ErrorState error={loaded.error} onRetry={() => void loaded.refetch()} />;
  else if (choices.error || !choices.data) body = <ErrorState error={choices.error} onRetry={choices.refetch} />;
  else body = <DetailsForm plan={plan} code={code} action={loaded.data.action} etag={loaded.data.etag} choices={choices.data} />;
  const action = loaded.data?.action;
  return (
    <BackOfficePage
      title={t('form.title', { code })}
      crumbs={[{ label: t('list.title'), to: adminPaths.list(plan) }]}
      lead={
        action ? (
          <>
            <span lang="it">{action.title}</span> <HistoryLink type="action" id={`${plan}/${code}`} name={code} />
          </>
        ) : undefined
      }
    >
      {body}
    </BackOfficePage>
  );
}
