import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication, PublishField } from '@psm/server/contract';
import '../i18n';
import { WriteError } from '../../../components/forms/write-error';
import { formatDateTime } from '../../../lib/format';
import { useSetPublished } from '../api/publish-indicator';
import { FIELD_ANCHOR, refusedFields } from '../utils/publication';
import { StatusBadge } from './status-badge';

/**
 * The indicator's publication: its status, what publishing still lacks (each linked to its field in
 * the form below), and Publish (refused by the server with its reasons if something is missing) or
 * Unpublish after a confirmation.
 */
export function PublicationPanel({ code, publication }: { code: string; publication: Publication }) {
  const { t } = useTranslation('indicatorAdmin');
  const mutation = useSetPublished(code);
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const draft = publication.status === 'draft';
  const refused = refusedFields(mutation.error);
  const fieldList = (fields: PublishField[]) => fields.map((f) => t(`publication.fields.${f}`)).join(', ');
  const send = (publish: boolean) => {
    setAttempt((n) => n + 1);
    setConfirming(false);
    mutation.mutate(publish);
  };
  return (
    <section className="bod-fieldset indicator-publication" aria-labelledby="ind-publication-heading">
      <h2 id="ind-publication-heading" className="h4">
        {t('publication.heading')} <StatusBadge status={publication.status} />
      </h2>
      {draft ? <p>{t('publication.draftText')}</p> : publication.publishedAt && <p>{t('publication.publishedOn', { date: formatDateTime(publication.publishedAt) })}</p>}
      {draft && publication.missing.length > 0 && (
        <>
          <p id="ind-missing-title">{t('publication.missingTitle')}</p>
          <ul aria-labelledby="ind-missing-title">
            {publication.missing.map((f) => (
              <li key={f}>
                <a href={`#${FIELD_ANCHOR[f]}`}>{t(`publication.fields.${f}`)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {draft && publication.missing.length === 0 && <p>{t('publication.ready')}</p>}
      {mutation.isSuccess && (
        <p role="status" className="bod-help">
          {t(draft ? 'publication.unpublishedDone' : 'publication.publishedDone')}
        </p>
      )}
      {refused.length > 0 ? (
        <div className="alert alert-danger" role="alert">
          <p className="mb-0">{t('publication.refused', { fields: fieldList(refused) })}</p>
        </div>
      ) : (
        <WriteError error={mutation.error} attempt={attempt} />
      )}
      {draft ? (
        <button type="button" className="btn btn-primary" disabled={mutation.isPending} onClick={() => send(true)}>
          {t('publication.publish')}
        </button>
      ) : confirming ? (
        <div role="group" aria-labelledby="ind-unpublish-confirm">
          <p id="ind-unpublish-confirm">{t('publication.confirmUnpublish')}</p>
          <button type="button" className="btn btn-danger" disabled={mutation.isPending} onClick={() => send(false)}>
            {t('publication.confirm')}
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
            {t('publication.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-outline-danger" onClick={() => setConfirming(true)}>
          {t('publication.unpublish')}
        </button>
      )}
    </section>
  );
}
