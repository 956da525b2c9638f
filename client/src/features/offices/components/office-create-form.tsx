import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeOut } from '@psm/server/contract';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { useCreateOffice } from '../api/office-writes';
import '../i18n';
import { EMPTY_OFFICE, OFFICE_FIELDS, validateOffice } from '../utils/validate-office';
import { OfficeFields } from './office-fields';

/** A new office: code, name, department, e-mail. */
export function OfficeCreateForm({ offices }: { offices: OfficeOut[] }) {
  const { t } = useTranslation('offices');
  const create = useCreateOffice();
  const [created, setCreated] = useState<string | null>(null);
  const createdRef = useFocusOn<HTMLParagraphElement>(created);
  const form = useForm({
    id: 'new-office',
    fields: OFFICE_FIELDS,
    initial: EMPTY_OFFICE,
    validate: (d) => Object.fromEntries(Object.entries(validateOffice(d)).map(([f, key]) => [f, t(`errors.${key}`)])),
    serverMessage: (message) => t('errors.server', { message }),
  });
  const send = form.handleSubmit(async (d) => {
    const office = await create.mutateAsync({ body: { code: d.code.trim(), name: d.name.trim(), parent: d.parent || null, email: d.email.trim() || null } });
    form.reset(EMPTY_OFFICE);
    setCreated(office.code);
  });
  const labels = { code: t('fields.code'), name: t('fields.name'), parent: t('fields.parent'), email: t('fields.email') };
  return (
    <form
      className="psm-bo-form"
      onSubmit={(e) => {
        setCreated(null);
        send(e);
      }}
      noValidate
      aria-labelledby="new-office-title"
    >
      <h2 id="new-office-title" className="h4">
        {t('create.title')}
      </h2>
      <ErrorSummary items={form.summary((f) => labels[f])} other={form.other} attempt={form.attempt} />
      <WriteError error={form.failure} attempt={form.attempt} />
      {created && (
        <p ref={createdRef} className="alert alert-success" role="status" tabIndex={-1}>
          {t('create.created', { code: created })}
        </p>
      )}
      <OfficeFields form={form} offices={offices} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {form.submitting ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
