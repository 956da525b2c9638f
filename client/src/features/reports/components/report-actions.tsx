import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOut } from '@psm/server/contract';
import { WriteError } from '../../../components/forms/write-error';
import { useFocusOn } from '../../../lib/use-focus-on';
import { reportExportUrl } from '../api/get-report-document';
import { useFinaliseReport } from '../api/report-writes';
import '../i18n';
import { DuplicateForm } from './duplicate-form';

type Props = { report: ReportOut; etag: string; dirty: boolean; onPreview: () => void; onStale: (version: number) => void };

/** Preview, downloads, "Rendi definitivo" (confirmed first, with If-Match) and "Duplica". */
export function ReportActions({ report, etag, dirty, onPreview, onStale }: Props) {
  const { t } = useTranslation('reports');
  const finalise = useFinaliseReport();
  const [confirming, setConfirming] = useState(false);
  const [duplicating, setDuplicating] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const confirmRef = useFocusOn<HTMLDivElement>(confirming ? 'confirm' : null);
  const draft = report.status === 'draft';
  const doFinalise = () => {
    setAttempt((n) => n + 1);
    finalise.mutate(
      { id: report.id, etag },
      {
        onSuccess: () => setConfirming(false),
        onError: (err) => {
          const problem = (err as { problem?: Record<string, unknown> }).problem;
          if (typeof problem?.currentVersion === 'number') onStale(problem.currentVersion);
        },
      },
    );
  };
  return (
    <section className="psm-report-actions" aria-label={t('actions.label')}>
      <div className="psm-bo-form__actions flex-wrap">
        <button type="button" className="btn btn-outline-primary" onClick={onPreview}>
          {t('actions.preview')}
        </button>
        <a className="btn btn-outline-primary" href={reportExportUrl(report.id, 'docx')} download>
          {t('actions.docx')}
        </a>
        <a className="btn btn-outline-primary" href={reportExportUrl(report.id, 'pdf')} download>
          {t('actions.pdf')}
        </a>
        {draft && (
          <button type="button" className="btn btn-outline-danger" disabled={dirty || confirming} onClick={() => setConfirming(true)}>
            {t('actions.finalise')}
          </button>
        )}
        <button type="button" className="btn btn-outline-secondary" aria-expanded={duplicating} onClick={() => setDuplicating((d) => !d)}>
          {t('actions.duplicate')}
        </button>
      </div>
      {dirty && draft && <p className="small mt-2">{t('actions.saveFirst')}</p>}
      {confirming && (
        <div ref={confirmRef} className="alert alert-warning mt-2" role="alertdialog" aria-labelledby="report-finalise-q" tabIndex={-1}>
          <p id="report-finalise-q">{t('actions.finaliseConfirm')}</p>
          <div className="psm-bo-form__actions">
            <button type="button" className="btn btn-danger" disabled={finalise.isPending} onClick={doFinalise}>
              {t('actions.finaliseYes')}
            </button>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </div>
      )}
      <WriteError error={finalise.error} attempt={attempt} />
      {finalise.isSuccess && !draft && (
        <p className="alert alert-success mt-2" role="status">
          {t('actions.finalised')}
        </p>
      )}
      {duplicating && <DuplicateForm report={report} />}
    </section>
  );
}
