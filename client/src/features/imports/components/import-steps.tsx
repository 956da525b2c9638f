import { useTranslation } from 'react-i18next';
import '../i18n';
import { STEPS, type Step } from '../utils/job-state';

/** Bootstrap Italia stepper: where the analyst is among upload, preview, confirmation and done. */
export function ImportSteps({ current }: { current: Step }) {
  const { t } = useTranslation('imports');
  const index = STEPS.indexOf(current);
  // "Done" is reached once there: its step is completed too.
  const finished = current === 'done';
  return (
    <nav className="steppers import-steps" aria-label={t('steps.label')}>
      <div className="steppers-header">
        <ul>
          {STEPS.map((step, i) => {
            const completed = i < index || (finished && i === index);
            const active = i === index;
            return (
              <li key={step} className={[completed ? 'confirmed' : '', active ? 'active' : ''].join(' ').trim() || undefined} aria-current={active ? 'step' : undefined}>
                <span className="steppers-number" aria-hidden="true">
                  {completed ? '✓' : i + 1}
                </span>
                {t(`steps.${step}`)}
                {completed && <span className="visually-hidden"> ({t('steps.completed')})</span>}
              </li>
            );
          })}
        </ul>
        <p className="steppers-index import-steps__index">
          {t('steps.index', { n: index + 1, total: STEPS.length })}: <strong>{t(`steps.${current}`)}</strong>
        </p>
      </div>
    </nav>
  );
}
