import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type FigureUrl = (format: 'svg' | 'png', scale: 1 | 2, lang: 'it' | 'en') => string;

/**
 * Links to a chart as a figure drawn by the server (SVG, PNG, PNG 2×) in the page's language:
 * what a report author downloads. `label` names the chart ("Scarica il grafico …").
 */
export function FigureLinks({ label, url, detail }: { label: string; url: FigureUrl; detail?: string }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const detailId = useId();
  const lang = i18n.language.startsWith('en') ? 'en' : 'it';
  const links = [
    { key: 'svg', href: url('svg', 1, lang), text: t('figure.svg') },
    { key: 'png', href: url('png', 1, lang), text: t('figure.png') },
    { key: 'png2x', href: url('png', 2, lang), text: t('figure.png2x') },
  ];
  return (
    <div className="psm-figure-links" role="group" aria-labelledby={labelId} aria-describedby={detail ? detailId : undefined}>
      <p id={labelId} className="psm-figure-links__label">
        {label}
      </p>
      <ul className="psm-figure-links__list">
        {links.map((l) => (
          <li key={l.key}>
            <a className="btn btn-outline-primary btn-sm" href={l.href} download>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
      {detail && (
        <p id={detailId} className="psm-figure-links__detail">
          {detail}
        </p>
      )}
    </div>
  );
}
