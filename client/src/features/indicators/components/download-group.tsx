import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredTerritory } from '@psm/server/contract';
import { DOWNLOAD_FORMATS, type DownloadScope } from '@psm/server/contract/values';
import { useLanguage } from '../../../i18n/language';
import '../i18n';
import { indicatorDownloadUrl } from '../utils/observations-url';

/**
 * The indicator's downloads: what the page shows or the whole series, in four formats, with headers
 * in the page's language. Plain links: the server names the file.
 */
export function DownloadGroup({ indicator, territories }: { indicator: string; territories: CoveredTerritory[] }) {
  const { t } = useTranslation('indicators');
  const lang = useLanguage();
  const [scope, setScope] = useState<DownloadScope>('shown');
  const headingId = useId();
  const detailId = useId();
  const name = useId();
  const codes = territories.map((x) => x.code);
  const scopes: { id: DownloadScope; label: string; detail: string }[] = [
    { id: 'shown', label: t('download.shown'), detail: t('download.shownDetail', { names: territories.map((x) => x.name).join(', ') }) },
    { id: 'full', label: t('download.full'), detail: t('download.fullDetail') },
  ];

  return (
    <section className="ind-download" aria-labelledby={headingId}>
      <h2 id={headingId} className="ind-download__title h6">
        {t('download.heading')}
      </h2>
      <fieldset className="ind-download__scope">
        <legend className="ind-download__legend">{t('download.scope')}</legend>
        {scopes.map((s) => (
          <div className="form-check" key={s.id}>
            <input
              className="form-check-input"
              type="radio"
              id={`${name}-${s.id}`}
              name={name}
              value={s.id}
              checked={scope === s.id}
              onChange={() => setScope(s.id)}
              aria-describedby={`${name}-${s.id}-detail`}
            />
            <label className="form-check-label" htmlFor={`${name}-${s.id}`}>
              {s.label}
            </label>
            <span id={`${name}-${s.id}-detail`} className="ind-download__detail">
              {' '}
              {s.detail}
            </span>
          </div>
        ))}
      </fieldset>
      <ul className="ind-download__formats" aria-label={t('download.formats')}>
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format}>
            <a href={indicatorDownloadUrl(indicator, { scope, format, territories: codes, lang })} download aria-describedby={detailId}>
              {t(`download.format.${format}`)}
            </a>{' '}
            <span className="ind-download__detail">({t(`download.formatDetail.${format}`)})</span>
          </li>
        ))}
      </ul>
      <p id={detailId} className="ind-download__detail">
        {t('download.detail')}
      </p>
    </section>
  );
}
