import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail, ActionStatus } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { useActionStatuses } from '../../../lib/api/get-action-statuses';
import { paths } from '../../../lib/paths';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useActionForUpdate } from '../api/get-action-for-update';
import { useRecordUpdate } from '../api/record-update';
import '../i18n';
import { semesterOptions } from '../utils/periods';
import { COMMENT_MAX, FIELDS, initialDraft, toBody, validateDraft, type FieldName } from '../utils/update-draft';
import { CurrentState } from './current-state';
import { UpdateFields } from './update-fields';
import { ConflictAlert, UpdateSaved } from './update-outcome';

type Outcome =
  | { kind: 'conflict'; version: number | null; status: { labelIt: string; labelEn: string } | null }
  | { kind: 'notAssigned' }
  | { kind: 'saved'; action: ActionDetail }
  | null;

const LABEL_KEYS = {
  status: 'form.status',
  progress: 'form.progress',
  reportingPeriod: 'form.period',
  comment: 'form.comment',
  'evidence.type': 'form.evidenceType',
  'evidence.number': 'form.evidenceNumber',
  'evidence.date': 'form.evidenceDate',
  'evidence.url': 'form.evidenceUrl',
} as const satisfies Record<FieldName, string>;

function conflictOf(err: ApiError): Outcome {
  const v = err.problem.currentVersion;
  const s = err.problem.currentStatus as { status?: { labelIt: string; labelEn: string } | null } | null | undefined;
  return { kind: 'conflict', version: typeof v === 'number' ? v : null, status: s?.status ?? null };
}

function UpdateForm({ plan, code, action, etag, statuses }: { plan: string; code: string; action: ActionDetail; etag: string; statuses: ActionStatus[] }) {
  const { t } = useTranslation('actionStatus');
  const record = useRecordUpdate();
  const loaded = useActionForUpdate(plan, code);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const currentRef = useRef<HTMLElement>(null);
  const form = useForm({
    id: 'upd',
    fields: FIELDS,
    initial: () => initialDraft(action),
    validate: (draft) => Object.fromEntries(Object.entries(validateDraft(draft, statuses)).map(([f, key]) => [f, t(`errors.${key}`, { max: COMMENT_MAX })])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const notAssignedRef = useFocusOn<HTMLDivElement>(outcome?.kind === 'notAssigned' ? form.attempt : null);

  const send = form.handleSubmit(async (draft) => {
    try {
      const saved = await record.mutateAsync({ plan, code, body: toBody(draft), etag });
      setOutcome({ kind: 'saved', action: saved.action });
      setReloadedVersion(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setOutcome(conflictOf(err));
      else if (err instanceof ApiError && err.status === 403 && err.type.endsWith('not-assigned')) setOutcome({ kind: 'notAssigned' });
      else throw err;
    }
  });

  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) {
      setReloadedVersion(fresh.data.action.version);
      currentRef.current?.scrollIntoView?.({ block: 'start' });
    }
  };

  if (outcome?.kind === 'saved') {
    return (
      <>
        <CurrentState action={outcome.action} />
        <UpdateSaved
          action={outcome.action}
          onAnother={() => {
            form.reset(initialDraft(outcome.action));
            setOutcome(null);
          }}
        />
      </>
    );
  }

  return (
    <>
      <CurrentState ref={currentRef} action={action} highlight={reloadedVersion != null} />
      <form
        className="psm-bo-form"
        onSubmit={(e) => {
          // Each submit replaces what the last one said (a conflict, a refusal).
          setOutcome(null);
          send(e);
        }}
        noValidate
        aria-labelledby="new-update-title"
      >
        <h2 id="new-update-title" className="h4">
          {t('form.newUpdate')}
        </h2>
        <p className="small">{t('form.intro')}</p>
        <ErrorSummary items={form.summary((f) => t(LABEL_KEYS[f]))} other={form.other} attempt={form.attempt} />
        {outcome?.kind === 'conflict' && (
          <ConflictAlert
            version={outcome.version}
            status={outcome.status}
            reloadedVersion={reloadedVersion}
            reloading={loaded.isFetching}
            onReload={() => void reload()}
            attempt={form.attempt}
          />
        )}
        {outcome?.kind === 'notAssigned' && (
          <div ref={notAssignedRef} className="alert alert-danger" role="alert" tabIndex={-1}>
            <p className="mb-0">{t('errors.notAssigned')}</p>
          </div>
        )}
        <WriteError error={form.failure} attempt={form.attempt} />
        <UpdateFields form={form} statuses={statuses} periods={semesterOptions(action.currentPeriod)} currentPeriod={action.currentPeriod} />
        <div className="psm-bo-form__actions">
          <button type="submit" className="btn btn-primary" disabled={form.submitting}>
            {form.submitting ? t('form.submitting') : reloadedVersion != null ? t('form.confirm') : t('form.submit')}
          </button>
          <Link to={paths.backOffice.myActions()} className="btn btn-outline-secondary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /gestione/piani/:plan/azioni/:code/stato: the action's current state and the form of a new status update. */
export function ActionStatusView({ plan, code }: { plan: string; code: string }) {
  const { t } = useTranslation('actionStatus');
  const loaded = useActionForUpdate(plan, code);
  const statuses = useActionStatuses();
  let body;
  if (loaded.isPending || statuses.isPending) body = <LoadingState />;
  else if (loaded.isError) body = <ErrorState error={loaded.error} onRetry={() => void loaded.refetch()} />;
  else if (statuses.isError) body = <ErrorState error={statuses.error} onRetry={() => void statuses.refetch()} />;
  else body = <UpdateForm plan={plan} code={code} action={loaded.data.action} etag={loaded.data.etag} statuses={statuses.data.items} />;
  const action = loaded.data?.action;
  return (
    <BackOfficePage
      title={t('form.title', { code })}
      crumbs={[{ label: t('list.title'), to: paths.backOffice.myActions() }]}
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
