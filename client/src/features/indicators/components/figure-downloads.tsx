import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { figureUrl, type FigureView } from '../utils/figure-url';

/** Links to the chart as a figure (the server's renderer): SVG, PNG and PNG 2×, for the view shown. */
export function FigureDownloads({ view }: { view: Omit<FigureView, 'lang'> }) {
  const { t, i18n } = useTranslation('indicators');
  const labelId = useId();
  const detailId = useId();
  const lang = i18n.language.startsWith('en') ? 'en' : 'it';
  const full = { ...view, lang } as const;
  const links = [
    { key: 'svg', href: figureUrl(full, 'svg'), label: t('figureDownload.svg') },
    { key: 'png', href: figureUrl(full, 'png'), label: t('figureDownload.png') },
    { key: 'png2x', href: figureUrl(full, 'png', 2), label: t('figureDownload.png2x') },
  ];
  return (
    <div className="ind-figure-download" role="group" aria-labelledby={labelId} aria-describedby={detailId}>
      <p id={labelId} className="ind-figure-download__label">
        {t('figureDownload.label')}
      </p>
      <ul className="ind-figure-download__links">
        {links.map((l) => (
          <li key={l.key}>
            <a className="btn btn-outline-primary btn-sm" href={l.href} download>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <p id={detailId} className="ind-download__detail">
        {t('figureDownload.detail')}
      </p>
    </div>
  );
}
