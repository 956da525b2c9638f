import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail, ActionStatus } from '@psm/server/contract';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { ApiError } from '../../../lib/api-client';
import { useActionStatuses } from '../../../lib/api/get-action-statuses';
import { paths } from '../../../lib/paths';
import { BackOfficePage, ErrorSummary, problemFieldErrors, useCsrf, useFocusOn, WriteError } from '../../backoffice';
import { useActionForUpdate } from '../api/get-action-for-update';
import { useRecordUpdate } from '../api/record-update';
import '../i18n';
import { semesterOptions } from '../utils/periods';
import { fieldId, FIELDS, initialDraft, toBody, validateDraft, type Draft, type FieldName } from '../utils/update-draft';
import { CurrentState } from './current-state';
import { UpdateFields } from './update-fields';
import { ConflictAlert, UpdateSaved } from './update-outcome';

type Outcome =
  | { kind: 'conflict'; version: number | null; status: { labelIt: string; labelEn: string } | null }
  | { kind: 'notAssigned' }
  | { kind: 'error'; error: unknown }
  | { kind: 'saved'; action: ActionDetail }
  | null;

const LABEL_KEYS: Record<FieldName, string> = {
  status: 'form.status',
  progress: 'form.progress',
  reportingPeriod: 'form.period',
  comment: 'form.comment',
  'evidence.type': 'form.evidenceType',
  'evidence.number': 'form.evidenceNumber',
  'evidence.date': 'form.evidenceDate',
  'evidence.url': 'form.evidenceUrl',
};

function conflictOf(err: ApiError): Outcome {
  const v = err.problem.currentVersion;
  const s = err.problem.currentStatus as { status?: { labelIt: string; labelEn: string } | null } | null | undefined;
  return { kind: 'conflict', version: typeof v === 'number' ? v : null, status: s?.status ?? null };
}

function UpdateForm({ plan, code, action, etag, statuses }: { plan: string; code: string; action: ActionDetail; etag: string; statuses: ActionStatus[] }) {
  const { t } = useTranslation('actionStatus');
  const csrfToken = useCsrf();
  const record = useRecordUpdate();
  const loaded = useActionForUpdate(plan, code);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(action));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [attempt, setAttempt] = useState(0);
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const currentRef = useRef<HTMLElement>(null);
  const notAssignedRef = useFocusOn<HTMLDivElement>(outcome?.kind === 'notAssigned' ? attempt : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setOther([]);
    const invalid = validateDraft(draft, statuses);
    const messages = Object.fromEntries(Object.entries(invalid).map(([f, key]) => [f, t(`errors.${key}`, { max: 20000 })]));
    setErrors(messages);
    if (Object.keys(messages).length) {
      setOutcome(null);
      return;
    }
    try {
      const saved = await record.mutateAsync({ plan, code, body: toBody(draft), etag, csrfToken });
      setOutcome({ kind: 'saved', action: saved.action });
      setReloadedVersion(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setOutcome(conflictOf(err));
      else if (err instanceof ApiError && err.status === 403 && err.type.endsWith('not-assigned')) setOutcome({ kind: 'notAssigned' });
      else if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        const found = problemFieldErrors(err, FIELDS);
        setErrors(Object.fromEntries(Object.entries(found.fields).map(([f, m]) => [f, t('errors.server', { message: m })])));
        setOther(found.other);
        setOutcome(null);
      } else setOutcome({ kind: 'error', error: err });
    }
  };

  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) {
      setReloadedVersion(fresh.data.action.version);
      setAttempt((n) => n + 1);
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
            setDraft(initialDraft(outcome.action));
            setOutcome(null);
          }}
        />
      </>
    );
  }

  const summary = Object.entries(errors).map(([f, message]) => ({ id: fieldId(f as FieldName), label: t(LABEL_KEYS[f as FieldName] as 'form.status'), message }));
  return (
    <>
      <CurrentState ref={currentRef} action={action} highlight={reloadedVersion != null} />
      <form className="psm-bo-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-update-title">
        <h2 id="new-update-title" className="h4">
          {t('form.newUpdate')}
        </h2>
        <p className="small">{t('form.intro')}</p>
        <ErrorSummary items={summary} other={other} attempt={attempt} />
        {outcome?.kind === 'conflict' && (
          <ConflictAlert
            version={outcome.version}
            status={outcome.status}
            reloadedVersion={reloadedVersion}
            reloading={loaded.isFetching}
            onReload={() => void reload()}
            attempt={attempt}
          />
        )}
        {outcome?.kind === 'notAssigned' && (
          <div ref={notAssignedRef} className="alert alert-danger" role="alert" tabIndex={-1}>
            <p className="mb-0">{t('errors.notAssigned')}</p>
          </div>
        )}
        {outcome?.kind === 'error' && <WriteError error={outcome.error} attempt={attempt} />}
        <UpdateFields
          draft={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={errors}
          statuses={statuses}
          periods={semesterOptions(action.currentPeriod)}
          currentPeriod={action.currentPeriod}
        />
        <div className="psm-bo-form__actions">
          <button type="submit" className="btn btn-primary" disabled={record.isPending}>
            {record.isPending ? t('form.submitting') : reloadedVersion != null ? t('form.confirm') : t('form.submit')}
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
      lead={action ? <span lang="it">{action.title}</span> : undefined}
    >
      {body}
    </BackOfficePage>
  );
}
