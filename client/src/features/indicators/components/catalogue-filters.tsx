import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_SOURCES } from '@psm/server/contract/values';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { useSourceName } from './indicator-sources';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { usePlans } from '../../../lib/api/get-plans';

export type CatalogueState = { q: string; fonte: string; piano: string; strategia: string };

type Props = { value: CatalogueState; onChange: (patch: Partial<CatalogueState>) => void; onReset: () => void };

/**
 * Text search (applied on submit), source, plan and strategy (applied on change: they only filter
 * the list below, the page does not move). Everything goes to the URL.
 */
export function CatalogueFilters({ value, onChange, onReset }: Props) {
  const { t } = useTranslation('indicators');
  const id = useId();
  const sourceName = useSourceName();
  const plans = usePlans();
  const tree = usePlanTree(value.piano);
  const [text, setText] = useState(value.q);
  // A link or the back button can change the search: the box follows it.
  useEffect(() => setText(value.q), [value.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: text.trim() });
  };
  const strategies = tree.data?.axes.flatMap((a) => a.strategies) ?? [];
  const dataLang = useDataLang();
  const filtered = value.q || value.fonte || value.piano || value.strategia;

  return (
    <form className="ind-filters" role="search" aria-label={t('catalogue.filters')} onSubmit={submit}>
      <div className="ind-filters__search">
        <label htmlFor={`${id}-q`}>{t('catalogue.searchLabel')}</label>
        <div className="ind-filters__row">
          <input id={`${id}-q`} type="search" className="form-control" value={text} maxLength={100} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="btn btn-primary">
            {t('catalogue.search')}
          </button>
        </div>
      </div>
      <div className="ind-filters__field">
        <label htmlFor={`${id}-source`}>{t('catalogue.source')}</label>
        <select id={`${id}-source`} className="form-select" value={value.fonte} onChange={(e) => onChange({ fonte: e.target.value })}>
          <option value="">{t('catalogue.allSources')}</option>
          {INDICATOR_SOURCES.map((s) => (
            <option key={s} value={s}>
              {sourceName(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="ind-filters__field">
        <label htmlFor={`${id}-plan`}>{t('catalogue.plan')}</label>
        <select
          id={`${id}-plan`}
          className="form-select"
          value={value.piano}
          onChange={(e) => onChange({ piano: e.target.value, strategia: '' })}
        >
          <option value="">{t('catalogue.allPlans')}</option>
          {(plans.data?.items ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {/* The edition first: full titles differ only at their end, which a narrow select cuts off. */}
              {p.periodStart && p.periodEnd ? t('page.planShort', { start: p.periodStart, end: p.periodEnd }) : p.title}
              {p.subtitle ? ` – ${p.subtitle}` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="ind-filters__field">
        <label htmlFor={`${id}-strategy`}>{t('catalogue.strategy')}</label>
        <select
          id={`${id}-strategy`}
          className="form-select"
          value={value.strategia}
          disabled={!value.piano}
          onChange={(e) => onChange({ strategia: e.target.value })}
        >
          <option value="">{value.piano ? t('catalogue.allStrategies') : t('catalogue.strategyNeedsPlan')}</option>
          {strategies.map((s) => (
            <option key={s.code} value={s.code} lang={dataLang}>
              {s.code} – {s.title}
            </option>
          ))}
          {/* A strategy in the URL that the tree does not list (yet) stays selectable. */}
          {value.strategia && !strategies.some((s) => s.code === value.strategia) && <option value={value.strategia}>{value.strategia}</option>}
        </select>
      </div>
      {filtered && (
        <div className="ind-filters__reset">
          <button type="button" className="btn btn-link" onClick={onReset}>
            {t('catalogue.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
