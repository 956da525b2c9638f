import { useTranslation } from 'react-i18next';
import '../i18n';
import { SectionFields, type SectionProps } from './section-fields';

type Props = SectionProps & { index: number; count: number; readOnly: boolean; onMove: (by: -1 | 1) => void; onRemove: () => void };

/** One section of the composer: its kind and number, the fields of its kind, and the buttons that move or remove it. */
export function SectionCard({ index, count, readOnly, onMove, onRemove, ...props }: Props) {
  const { t } = useTranslation('reports');
  const n = index + 1;
  const titleId = `report-section-${index}-title`;
  return (
    <li className="psm-report-section psm-panel">
      <section className="psm-panel__body" aria-labelledby={titleId}>
        <div className="psm-report-section__head">
          <h3 id={titleId} className="h6 mb-0">
            {t('editor.sectionTitle', { n, kind: t(`kinds.${props.section.kind}`) })}
          </h3>
          {!readOnly && (
            <div className="psm-report-section__tools" role="group" aria-label={t('editor.sectionLabel', { n })}>
              <button type="button" className="btn btn-outline-secondary btn-sm" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`${t('editor.moveUp')}: ${t('editor.sectionLabel', { n })}`}>
                ↑ {t('editor.moveUp')}
              </button>
              <button type="button" className="btn btn-outline-secondary btn-sm" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`${t('editor.moveDown')}: ${t('editor.sectionLabel', { n })}`}>
                ↓ {t('editor.moveDown')}
              </button>
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={onRemove} aria-label={`${t('editor.remove')}: ${t('editor.sectionLabel', { n })}`}>
                {t('editor.remove')}
              </button>
            </div>
          )}
        </div>
        <SectionFields {...props} />
      </section>
    </li>
  );
}
