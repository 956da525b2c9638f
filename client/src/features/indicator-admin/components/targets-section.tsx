import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, Target, Territory } from '@psm/server/contract';
import { TERRITORY_LEVELS } from '@psm/server/contract/values';
import '../i18n';
import { ErrorSummary } from '../../../components/error-summary';
import { FormField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-client';
import { usePlans } from '../../../lib/api/get-plans';
import { formatHost, formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useTerritories } from '../api/get-territories';
import { useCreateTarget, useDeleteTarget } from '../api/targets';
import { EMPTY_TARGET, TARGET_FIELDS, targetBody, validateTarget, type TargetField, type TargetValues } from '../utils/target-form';

/** The contract lists the levels from the finest (comune) up; the territory menu starts from the widest (stato). */
const LEVEL_ORDER = [...TERRITORY_LEVELS].reverse();

function problemText(err: unknown): string {
  return err instanceof ApiError ? `${err.detail || err.title}${err.status ? ` (HTTP ${err.status})` : ''}` : String(err);
}

type RowProps = { target: Target; indicator: IndicatorDetail; onDelete: (id: number) => void; pending: boolean; error: unknown };

function TargetRow({ target, indicator, onDelete, pending, error }: RowProps) {
  const { t } = useTranslation('indicatorAdmin');
  const [confirming, setConfirming] = useState(false);
  const names = { territory: target.territory.name, period: formatPeriod(target.period) };
  return (
    <tr>
      <td>
        {target.territory.name} <span className="muted">({target.territory.code})</span>
      </td>
      <td>{formatPeriod(target.period)}</td>
      <td className="bod-num">{withUnit(formatNumber(target.value, indicator.decimals), indicator.unit)}</td>
      <td>{target.plan ?? t('targets.noPlan')}</td>
      <td className="bod-break">{target.description ?? ''}</td>
      <td>
        <a href={target.sourceUrl} rel="noopener noreferrer">
          {formatHost(target.sourceUrl)}
        </a>
      </td>
      <td>
        {confirming ? (
          <div className="bod-inline-confirm" role="group" aria-label={t('targets.confirmDelete', names)}>
            <span>{t('targets.confirmDelete', names)}</span>
            <button type="button" className="btn btn-danger btn-xs" disabled={pending} onClick={() => onDelete(target.id)}>
              {t('targets.confirmYes')}
            </button>
            <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setConfirming(false)} autoFocus>
              {t('targets.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => setConfirming(true)} aria-label={t('targets.deleteLabel', names)}>
            {t('targets.delete')}
          </button>
        )}
        {error != null && (
          <p className="bod-field-error" role="alert">
            {t('targets.deleteFailed')}: {problemText(error)}
          </p>
        )}
      </td>
    </tr>
  );
}

function TerritoryOptions({ items }: { items: Territory[] }) {
  const { t } = useTranslation('indicatorAdmin');
  return (
    <>
      {LEVEL_ORDER.map((level) => {
        const group = items.filter((x) => x.level === level && !x.suppressed);
        if (!group.length) return null;
        return (
          <optgroup key={level} label={t(`targets.levels.${level}`)}>
            {group.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name} ({x.code})
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

/** The targets of the indicator: listed with their source, added (source URL required), deleted after a confirmation. */
export function TargetsSection({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicatorAdmin');
  const session = useSession();
  const create = useCreateTarget(indicator.code, session.data?.csrfToken);
  const remove = useDeleteTarget(indicator.code, session.data?.csrfToken);
  const [deleted, setDeleted] = useState(false);
  const territories = useTerritories();
  const plans = usePlans();
  const [values, setValues] = useState<TargetValues>(EMPTY_TARGET);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ fields: Partial<Record<TargetField, string>>; other: string[] }>({ fields: {}, other: [] });
  const [added, setAdded] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const clientErrors = submitted ? validateTarget(values) : [];
  const messageOf = (f: TargetField) => {
    const e = clientErrors.find((x) => x.field === f);
    if (e) return e.kind === 'required' ? t('form.requiredError') : e.kind === 'period' ? t('targets.periodError') : e.kind === 'value' ? t('targets.valueError') : t('form.urlError');
    return server.fields[f] ?? null;
  };
  const labelOf = (f: TargetField) => (f === 'sourceUrl' ? t('targets.sourceUrl') : t(`targets.${f}`));
  const items = TARGET_FIELDS.flatMap((f) => {
    const m = messageOf(f);
    return m ? [{ id: `tg-${f}`, label: labelOf(f), message: m }] : [];
  });
  const set = (f: TargetField, v: string) => {
    setValues((x) => ({ ...x, [f]: v }));
    setAdded(false);
    setDeleted(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setServer({ fields: {}, other: [] });
    if (validateTarget(values).length) return setAttempt((n) => n + 1);
    create.mutate(targetBody(values), {
      onSuccess: () => {
        setValues(EMPTY_TARGET);
        setSubmitted(false);
        setAdded(true);
      },
      onError: (err) => {
        const out: typeof server = { fields: {}, other: [] };
        if (err instanceof ApiError && err.status === 409) out.other.push(t('targets.duplicate'));
        else if (err instanceof ApiError && Array.isArray(err.problem.errors) && err.problem.errors.length) {
          for (const i of err.problem.errors as { name?: string; message?: string }[]) {
            const f = TARGET_FIELDS.find((x) => x === i.name);
            if (f) out.fields[f] = i.message ?? '';
            else out.other.push(`${i.name ?? ''}: ${i.message ?? ''}`);
          }
        } else out.other.push(problemText(err));
        setServer(out);
        setAttempt((n) => n + 1);
      },
    });
  };

  const unitHint = indicator.unit ? ` (${indicator.unit})` : '';
  return (
    <section className="indicator-targets" aria-labelledby="targets-heading">
      <h2 id="targets-heading" className="h4">
        {t('targets.heading')}
      </h2>
      <p className="bod-help">{t('targets.intro')}</p>
      <p className="bod-status" role="status">
        {deleted ? t('targets.deleted') : ''}
      </p>
      {indicator.targets.length === 0 ? (
        <p className="state state--empty">{t('targets.empty')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('targets.caption')}>
          <table className="table table-sm bod-table">
            <caption className="visually-hidden">{t('targets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targets.territory')}</th>
                <th scope="col">{t('targets.period')}</th>
                <th scope="col" className="bod-num">
                  {t('targets.value')}
                </th>
                <th scope="col">{t('targets.plan')}</th>
                <th scope="col">{t('targets.description')}</th>
                <th scope="col">{t('targets.source')}</th>
                <th scope="col">{t('targets.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.targets.map((target) => (
                <TargetRow
                  key={target.id}
                  target={target}
                  indicator={indicator}
                  pending={remove.isPending && remove.variables === target.id}
                  error={remove.isError && remove.variables === target.id ? remove.error : null}
                  onDelete={(id) => remove.mutate(id, { onSuccess: () => setDeleted(true) })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="bod-fieldset indicator-target-form" onSubmit={submit} noValidate aria-labelledby="target-add-heading">
        <h3 id="target-add-heading" className="h5">
          {t('targets.add')}
        </h3>
        <ErrorSummary title={t('targets.addFailed')} items={items} other={server.other} attempt={attempt} variant="data" />
        <div className="bod-grid">
          <FormField variant="data" id="tg-territory" label={t('targets.territory')} hint={t('targets.territoryHelp')} error={messageOf('territory')} required>
            {(p) => (
              <select {...p} className="form-select" value={values.territory} onChange={(e) => set('territory', e.target.value)}>
                <option value="">{t('targets.choose')}</option>
                {territories.data && <TerritoryOptions items={territories.data.items} />}
              </select>
            )}
          </FormField>
          <FormField variant="data" id="tg-period" label={t('targets.period')} hint={t('targets.periodHelp')} error={messageOf('period')} required>
            {(p) => <input {...p} className="form-control" value={values.period} onChange={(e) => set('period', e.target.value)} autoComplete="off" />}
          </FormField>
          <FormField variant="data" id="tg-value" label={t('targets.value')} hint={t('targets.valueHelp', { unit: unitHint })} error={messageOf('value')} required>
            {(p) => <input {...p} className="form-control" inputMode="decimal" value={values.value} onChange={(e) => set('value', e.target.value)} autoComplete="off" />}
          </FormField>
          <FormField variant="data" id="tg-plan" label={t('targets.plan')} hint={t('targets.planHelp')} error={messageOf('plan')}>
            {(p) => (
              <select {...p} className="form-select" value={values.plan} onChange={(e) => set('plan', e.target.value)}>
                <option value="">{t('targets.noPlan')}</option>
                {plans.data?.items.map((pl) => (
                  <option key={pl.code} value={pl.code}>
                    {pl.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <FormField variant="data" id="tg-sourceUrl" label={t('targets.sourceUrl')} hint={t('targets.sourceUrlHelp')} error={messageOf('sourceUrl')} required>
          {(p) => <input {...p} type="url" className="form-control" value={values.sourceUrl} onChange={(e) => set('sourceUrl', e.target.value)} />}
        </FormField>
        <FormField variant="data" id="tg-description" label={t('targets.description')} error={messageOf('description')}>
          {(p) => <textarea {...p} className="form-control bod-textarea" rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </FormField>
        <div className="bod-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending || !session.data?.csrfToken}>
            {t('targets.submit')}
          </button>
          <p className="bod-status" role="status">
            {added ? t('targets.added') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
