import { useTranslation } from 'react-i18next';
import type { ReportSection } from '@psm/server/contract';
import { FormField } from '../../../components/forms/form-field';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import '../i18n';
import { IndicatorSectionFields } from './indicator-section-fields';
import { SentencesField } from './sentences-field';
import { StatusTableFields } from './status-table-fields';

export type SectionProps<S extends ReportSection = ReportSection> = {
  section: S;
  plan: string;
  /** The id and error of a field of this section (`text` → `sections.3.text`). */
  field: (name: string) => { id: string; error?: string };
  onChange: (section: ReportSection) => void;
  /** The sentences proposed from the data (indicator and strategy sections once saved). */
  proposal: string | null;
};

/** The fields of one section, by its kind. */
export function SectionFields(props: SectionProps) {
  const { t } = useTranslation('reports');
  const { section, field, onChange, plan, proposal } = props;
  const tree = usePlanTree(section.kind === 'strategy' || section.kind === 'rollup' ? plan : '', { fresh: true });
  switch (section.kind) {
    case 'heading':
      return (
        <FormField {...field('text')} label={t('section.headingText')} required>
          {(p) => <input {...p} className="form-control" maxLength={300} value={section.text} onChange={(e) => onChange({ ...section, text: e.target.value })} />}
        </FormField>
      );
    case 'text':
      return (
        <FormField {...field('markdown')} label={t('section.markdown')} hint={t('section.markdownHint')}>
          {(p) => <textarea {...p} className="form-control font-monospace" rows={6} maxLength={20000} value={section.markdown} onChange={(e) => onChange({ ...section, markdown: e.target.value })} />}
        </FormField>
      );
    case 'indicator':
      return <IndicatorSectionFields {...props} section={section} />;
    case 'strategy':
      return (
        <>
          <FormField {...field('strategy')} label={t('section.strategy')} required>
            {(p) => (
              <select {...p} className="form-select" value={section.strategy} onChange={(e) => onChange({ ...section, strategy: e.target.value })}>
                <option value="">{t('section.chooseStrategy')}</option>
                {(tree.data?.axes ?? []).map((a) => (
                  <optgroup key={a.code} label={`${a.code}. ${a.title}`}>
                    {a.strategies.map((s) => (
                      <option key={s.code} value={s.code}>
                        {s.code} {s.title}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </FormField>
          <SentencesField {...field('text')} text={section.text} proposal={proposal} onChange={(text) => onChange({ ...section, text })} />
        </>
      );
    case 'status-table':
      return <StatusTableFields {...props} section={section} />;
    case 'coherence':
      return <p className="psm-muted small mb-0">{t('section.coherenceHint')}</p>;
    case 'rollup':
      return (
        <>
          <FormField {...field('livello')} label={t('section.livello')}>
            {(p) => (
              <select {...p} className="form-select" value={section.livello} onChange={(e) => onChange({ ...section, livello: e.target.value as typeof section.livello })}>
                {(['piano', 'assi', 'strategie'] as const).map((l) => (
                  <option key={l} value={l}>
                    {t(`section.livelli.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {section.livello === 'strategie' && (
            <FormField {...field('asse')} label={t('section.asse')}>
              {(p) => (
                <select
                  {...p}
                  className="form-select"
                  value={section.asse ?? ''}
                  onChange={(e) => {
                    const { asse: _drop, ...rest } = section;
                    onChange(e.target.value ? { ...rest, asse: e.target.value } : rest);
                  }}
                >
                  <option value="">{t('section.allAxes')}</option>
                  {(tree.data?.axes ?? []).map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.code}. {a.title}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
        </>
      );
  }
}
