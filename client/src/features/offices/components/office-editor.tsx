import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeOut, OfficePatch } from '@psm/server/contract';
import { HistoryLink } from '../../../components/back-office/history-link';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { queryKeys } from '../../../lib/query-keys';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useUpdateOffice } from '../api/office-writes';
import '../i18n';
import { OFFICE_FIELDS, validateOffice, type OfficeDraft } from '../utils/validate-office';
import { OfficeFields } from './office-fields';

/** Only what changed. */
function changes(o: OfficeOut, d: OfficeDraft): OfficePatch {
  const out: OfficePatch = {};
  if (d.code.trim() !== o.code) out.code = d.code.trim();
  if (d.name.trim() !== o.name) out.name = d.name.trim();
  if ((d.parent || null) !== o.parent) out.parent = d.parent || null;
  if ((d.email.trim() || null) !== o.email) out.email = d.email.trim() || null;
  return out;
}

const isStale = (err: unknown) => err instanceof ApiError && err.status === 409 && err.problem.currentVersion !== undefined;

/** Edits one office (based on the version read: a change saved meanwhile is a conflict, never overwritten); retires or restores it. */
export function OfficeEditor({ office, offices, onSaved, onClose }: { office: OfficeOut; offices: OfficeOut[]; onSaved: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation('offices');
  const queryClient = useQueryClient();
  const update = useUpdateOffice();
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const headingRef = useFocusOn<HTMLHeadingElement>(office.code);
  const messageRef = useFocusOn<HTMLParagraphElement>(message);
  const staleRef = useFocusOn<HTMLDivElement>(stale ? office.version : null);
  const form = useForm({
    id: 'edit-office',
    fields: OFFICE_FIELDS,
    initial: (): OfficeDraft => ({ code: office.code, name: office.name, parent: office.parent ?? '', email: office.email ?? '' }),
    validate: (d) => Object.fromEntries(Object.entries(validateOffice(d)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (m) => t('errors.server', { message: m }),
  });

  const write = async (body: OfficePatch, done: string) => {
    setMessage(null);
    setStale(false);
    try {
      const saved = await update.mutateAsync({ code: office.code, version: office.version, body });
      setMessage(done);
      if (saved.code !== office.code) onSaved(saved.code);
    } catch (err) {
      if (!isStale(err)) throw err;
      setStale(true);
    }
  };
  const save = form.handleSubmit(async (d) => {
    const body = changes(office, d);
    if (!Object.keys(body).length) return setMessage(t('edit.nothing'));
    await write(body, t('edit.saved'));
  });
  const retire = form.handleSubmit(() => write({ retired: !office.retiredAt }, office.retiredAt ? t('edit.unretiredDone') : t('edit.retiredDone')));

  const labels = { code: t('fields.code'), name: t('fields.name'), parent: t('fields.parent'), email: t('fields.email') };
  return (
    <section className="psm-user-editor psm-panel" aria-labelledby="office-editor-title">
      <div className="psm-panel__body">
        <div className="psm-user-editor__head">
          <h2 id="office-editor-title" ref={headingRef} tabIndex={-1} className="h4">
            {t('edit.title', { name: office.name })}
          </h2>
          <div className="psm-bo-form__actions">
            <HistoryLink type="office" id={office.id} name={office.name} />
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>
              {t('edit.close')}
            </button>
          </div>
        </div>
        {stale && (
          <div ref={staleRef} className="alert alert-warning" role="alert" tabIndex={-1}>
            <p>{t('errors.stale')}</p>
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void queryClient.invalidateQueries({ queryKey: queryKeys.offices.all }).then(() => setStale(false))}>
              {t('errors.reload')}
            </button>
          </div>
        )}
        {message && (
          <p ref={messageRef} className="alert alert-success" role="status" tabIndex={-1}>
            {message}
          </p>
        )}
        <form className="psm-bo-form" onSubmit={save} noValidate aria-labelledby="office-editor-title">
          <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
          <WriteError error={form.failure} attempt={form.attempt} />
          <OfficeFields form={form} offices={offices} self={office.code} />
          <button type="submit" className="btn btn-primary" disabled={form.submitting}>
            {form.submitting ? t('edit.saving') : t('edit.save')}
          </button>
        </form>
        <section className="psm-bo-form" aria-labelledby="office-retire-title">
          <h3 id="office-retire-title" className="h5">
            {t('edit.retireTitle')}
          </h3>
          <p className="small">
            {t('edit.retireText')} {office.retiredAt && t('edit.retired', { date: formatDateTime(office.retiredAt) })}
          </p>
          <button type="button" className={`btn btn-sm ${office.retiredAt ? 'btn-outline-primary' : 'btn-outline-danger'}`} disabled={form.submitting} onClick={() => retire()}>
            {office.retiredAt ? t('edit.unretire') : t('edit.retire')}
          </button>
        </section>
      </div>
    </section>
  );
}
