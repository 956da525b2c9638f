import { useTranslation } from 'react-i18next';

/** The mark of a strategy link that is our own judgement, not the plan's (common demo.badge / demo.explain). */
export function DemoBadge({ explain = false }: { explain?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="ind-demo-badge">{t('demo.badge')}</span>
      {explain && <span className="ind-demo-explain"> {t('demo.explain')}</span>}
    </>
  );
}
