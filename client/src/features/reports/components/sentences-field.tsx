import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/forms/form-field';
import '../i18n';

type Props = { id: string; error?: string; text: string | null; proposal: string | null; onChange: (text: string | null) => void };

/**
 * The sentences of a figure or a strategy: null means the ones proposed from the data (shown, and
 * offered as a start); the author's own replace them until "Ripristina il testo proposto".
 */
export function SentencesField({ id, error, text, proposal, onChange }: Props) {
  const { t } = useTranslation('reports');
  return (
    <FormField id={id} error={error} label={t('section.sentences')} hint={text === null ? t('section.sentencesHint') : t('section.ownText')}>
      {(p) => (
        <>
          {text === null && (
            <div className="psm-report-proposal">
              <p className="small mb-1">
                <strong>{t('section.proposedLabel')}:</strong> {proposal ?? t('section.noProposal')}
              </p>
              {proposal && (
                <button type="button" className="btn btn-outline-secondary btn-sm mb-2" onClick={() => onChange(proposal)}>
                  {t('section.useProposal')}
                </button>
              )}
            </div>
          )}
          <textarea {...p} className="form-control" rows={4} maxLength={5000} value={text ?? ''} placeholder={text === null ? (proposal ?? '') : undefined} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />
          {text !== null && (
            <button type="button" className="btn btn-outline-secondary btn-sm mt-2" onClick={() => onChange(null)}>
              {t('section.restoreProposal')}
            </button>
          )}
        </>
      )}
    </FormField>
  );
}
