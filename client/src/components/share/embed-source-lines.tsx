import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useDataLang } from '../../lib/use-data-lang';
import type { DataVersion } from './citation';
import './i18n';

type Props = {
  /** "Fonte: …" as the page names it (null: no source line). */
  source: string | null;
  version: DataVersion | null;
  licence: string | null;
  /** The full page (opens in a new tab); none on the full page itself (its printed source lines). */
  href?: string;
};

/** The lines under an embedded (or printed) figure: source, data version, licence and the way back to the full page. */
export function EmbedSourceLines({ source, version, licence, href }: Props) {
  const { t } = useTranslation('share');
  const dataLang = useDataLang();
  return (
    <div className="psm-embed__sources">
      {source && <p>{t('embedPage.source', { source })}</p>}
      {version && (
        <p>{version.kind === 'date' ? t('embedPage.updated', { date: formatDate(version.value) }) : t('embedPage.upTo', { period: version.label })}</p>
      )}
      {licence && (
        <p>
          {t('embedPage.licence', { licence: '' })}
          <span lang={dataLang}>{licence}</span>
        </p>
      )}
      {href && (
        <p>
          <a href={href} target="_blank" rel="noopener">
            {t('embedPage.openFull')}
          </a>
        </p>
      )}
    </div>
  );
}
