import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '@psm/server/contract';
import { useStatusLabel } from '../../../components/status-badge';
import { FormField } from '../../../components/forms/form-field';
import type { Form } from '../../../components/forms/use-form';
import { formatNumber } from '../../../lib/format';
import '../i18n';
import { parseSemester } from '../utils/periods';
import { COMMENT_MAX, EVIDENCE_TYPES, type Draft, type FieldName } from '../utils/update-draft';

type Props = {
  form: Form<Draft, FieldName>;
  statuses: ActionStatus[];
  periods: string[];
  currentPeriod: string;
};

/** The fields of a status update: status (radios with the colour and the name), progress, period, comment, supporting act. */
export function UpdateFields({ form, statuses, periods, currentPeriod }: Props) {
  const { values: draft, set: onChange, errors, field } = form;
  const { t } = useTranslation('actionStatus');
  const statusLabel = useStatusLabel();
  const periodLabel = (p: string) => {
    const s = parseSemester(p);
    const text = s ? t('form.semester', { n: s.n, year: s.year }) : p;
    return p === currentPeriod ? `${text} ${t('form.currentSuffix')}` : text;
  };
  const statusError = errors.status;
  const statusErrorId = `${form.idOf('status')}-error`;
  const progressNumber = /^\d+$/.test(draft.progress.trim()) ? Math.min(100, Number(draft.progress.trim())) : 0;

  return (
    <>
      <fieldset className={`psm-fieldset${statusError ? ' psm-field--error' : ''}`} aria-describedby={statusError ? statusErrorId : undefined}>
        <legend className="psm-field__label">
          {t('form.status')} <span className="psm-field__required">{t('requiredMark', { ns: 'forms' })}</span>
        </legend>
        <div className="psm-status-options">
          {statuses.map((s, i) => {
            const id = i === 0 ? form.idOf('status') : `${form.idOf('status')}-${s.code}`;
            return (
              <div className="form-check psm-status-option" key={s.code}>
                <input
                  id={id}
                  type="radio"
                  name="status"
                  value={s.code}
                  checked={draft.status === s.code}
                  onChange={() => onChange({ status: s.code })}
                  aria-invalid={statusError ? true : undefined}
                />
                <label htmlFor={id}>
                  <span className="psm-status__swatch" style={{ backgroundColor: s.colour }} aria-hidden="true" /> {statusLabel(s)}
                  {s.closed && <span className="psm-status-option__note"> ({t('status.closed')})</span>}
                </label>
              </div>
            );
          })}
        </div>
        {statusError && (
          <p id={statusErrorId} className="psm-field__error">
            {statusError}
          </p>
        )}
      </fieldset>

      <FormField {...field('progress')} label={t('form.progress')} hint={t('form.progressHint')}>
        {(p) => (
          <div className="psm-progress-input">
            <input
              {...p}
              className="form-control psm-progress-input__number"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.progress}
              onChange={(e) => onChange({ progress: e.target.value })}
            />
            <input
              type="range"
              className="form-range psm-progress-input__range"
              min={0}
              max={100}
              step={5}
              value={progressNumber}
              aria-label={t('form.progressRange')}
              aria-valuetext={`${formatNumber(progressNumber, 0)}%`}
              onChange={(e) => onChange({ progress: e.target.value })}
            />
          </div>
        )}
      </FormField>

      <FormField {...field('reportingPeriod')} label={t('form.period')} hint={t('form.periodHint')} required>
        {(p) => (
          <select {...p} className="form-select" value={draft.reportingPeriod} onChange={(e) => onChange({ reportingPeriod: e.target.value })}>
            {(periods.includes(draft.reportingPeriod) || !draft.reportingPeriod ? periods : [draft.reportingPeriod, ...periods]).map((period) => (
              <option key={period} value={period}>
                {periodLabel(period)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField {...field('comment')} label={t('form.comment')} hint={t('form.commentHint')}>
        {(p) => (
          <>
            <textarea {...p} className="form-control psm-textarea" rows={5} value={draft.comment} onChange={(e) => onChange({ comment: e.target.value })} />
            <p className="psm-field__hint psm-field__count">{t('form.commentCount', { count: draft.comment.length, max: COMMENT_MAX })}</p>
          </>
        )}
      </FormField>

      <fieldset className="psm-fieldset psm-fieldset--group">
        <legend className="psm-field__label">{t('form.evidence')}</legend>
        <p className="psm-field__hint">{t('form.evidenceHint')}</p>
        <div className="psm-field-grid">
          <FormField {...field('evidence.type')} label={t('form.evidenceType')}>
            {(p) => (
              <select {...p} className="form-select" value={draft.evidenceType} onChange={(e) => onChange({ evidenceType: e.target.value })}>
                <option value="">{t('form.evidenceNone')}</option>
                {EVIDENCE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`evidence.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField {...field('evidence.number')} label={t('form.evidenceNumber')} hint={t('form.evidenceNumberHint')}>
            {(p) => <input {...p} className="form-control" type="text" value={draft.evidenceNumber} onChange={(e) => onChange({ evidenceNumber: e.target.value })} />}
          </FormField>
          <FormField {...field('evidence.date')} label={t('form.evidenceDate')}>
            {(p) => <input {...p} className="form-control" type="date" value={draft.evidenceDate} onChange={(e) => onChange({ evidenceDate: e.target.value })} />}
          </FormField>
          <FormField {...field('evidence.url')} label={t('form.evidenceUrl')} hint={t('form.evidenceUrlHint')}>
            {(p) => (
              <input
                {...p}
                className="form-control"
                type="url"
                inputMode="url"
                spellCheck={false}
                value={draft.evidenceUrl}
                onChange={(e) => onChange({ evidenceUrl: e.target.value })}
              />
            )}
          </FormField>
        </div>
      </fieldset>
    </>
  );
}
