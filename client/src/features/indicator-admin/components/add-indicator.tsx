import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorListItem } from '@psm/server/contract';
import '../i18n';
import { formatNumber } from '../../../lib/format';

const MAX_OPTIONS = 100;

type Props = {
  catalogue: IndicatorListItem[];
  /** Codes already linked: not offered again. */
  exclude: Set<string>;
  onAdd: (indicator: IndicatorListItem) => void;
  searchRef: RefObject<HTMLInputElement>;
};

/** A searchable choice of indicator: a text filter narrows an ordinary select (works with any keyboard and reader). */
export function AddIndicator({ catalogue, exclude, onAdd, searchRef }: Props) {
  const { t } = useTranslation('indicatorAdmin');
  const [search, setSearch] = useState('');
  const [choice, setChoice] = useState('');
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = catalogue.filter(
    (i) => !exclude.has(i.code) && words.every((w) => i.code.toLowerCase().includes(w) || i.name.toLowerCase().includes(w)),
  );
  const chosen = matches.find((i) => i.code === choice) ?? null;
  return (
    <section className="bod-fieldset links-add" aria-labelledby="links-add-heading">
      <h2 id="links-add-heading" className="h5">
        {t('strategyLinks.addHeading')}
      </h2>
      <div className="bod-grid">
        <div className="bod-field">
          <label htmlFor="links-search">{t('strategyLinks.search')}</label>
          <input
            ref={searchRef}
            id="links-search"
            type="search"
            className="form-control"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-describedby="links-search-hint links-search-count"
            autoComplete="off"
          />
          <p id="links-search-hint" className="bod-help">
            {t('strategyLinks.searchHelp')}
          </p>
          <p id="links-search-count" className="bod-help" aria-live="polite">
            {matches.length ? t('strategyLinks.matches', { count: matches.length, n: formatNumber(matches.length, 0) }) : t('strategyLinks.noMatches')}
          </p>
        </div>
        <div className="bod-field">
          <label htmlFor="links-choice">{t('strategyLinks.choose')}</label>
          <select id="links-choice" className="form-select" value={chosen ? choice : ''} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('targets.choose')}</option>
            {matches.slice(0, MAX_OPTIONS).map((i) => (
              <option key={i.code} value={i.code}>
                {i.name} ({i.code})
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="btn btn-outline-primary"
        disabled={!chosen}
        onClick={() => {
          if (!chosen) return;
          onAdd(chosen);
          setChoice('');
          setSearch('');
        }}
      >
        {t('strategyLinks.add')}
      </button>
    </section>
  );
}
