import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredTerritory } from '@psm/server/contract';
import '../i18n';
import type { TerritoryStyle } from '../utils/territory-style';
import { PointMarker } from './point-marker';
import { SearchSelect } from '../../../components/forms/search-select';

type Props = {
  offered: CoveredTerritory[];
  selected: string[];
  onChange: (codes: string[]) => void;
  styleOf: (code: string) => TerritoryStyle;
};

/** More comuni than this are offered through a list instead of one chip each. */
const MAX_COMUNE_CHIPS = 8;

/**
 * Checkbox chips for the territories to compare, each with its line's colour and marker so the
 * chips double as the legend. The last one selected cannot be switched off (there would be nothing to show).
 */
export function TerritoryToggle({ offered, selected, onChange, styleOf }: Props) {
  const { t } = useTranslation('indicators');
  const hintId = useId();
  const selectId = useId();
  const [comune, setComune] = useState('');
  // The URL changes in a transition: show the click at once, until the new selection arrives.
  const [optimistic, setOptimistic] = useState<string[] | null>(null);
  const selectedKey = selected.join(',');
  useEffect(() => setOptimistic(null), [selectedKey]);
  const chosen = new Set(optimistic ?? selected);
  const comuni = offered.filter((x) => x.level === 'comune');
  const listComuni = comuni.length > MAX_COMUNE_CHIPS;
  const chips = offered.filter((x) => !listComuni || x.level !== 'comune' || chosen.has(x.code));
  const addable = listComuni ? comuni.filter((x) => !chosen.has(x.code)) : [];
  const order = (codes: Set<string>) => offered.filter((x) => codes.has(x.code)).map((x) => x.code);

  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    if (next.size === 0) return;
    setOptimistic(order(next));
    onChange(order(next));
  };

  return (
    <fieldset className="ind-territories" aria-describedby={hintId}>
      <legend>{t('territories.legend')}</legend>
      <p id={hintId} className="ind-territories__hint">
        {t('territories.hint')}
        {chosen.size === 1 && ` ${t('territories.lastOne')}`}
      </p>
      <ul className="ind-chips">
        {chips.map((x) => {
          const style = styleOf(x.code);
          const on = chosen.has(x.code);
          return (
            <li key={x.code}>
              <label className={`ind-chip${on ? ' is-on' : ''}`}>
                <input type="checkbox" checked={on} disabled={on && chosen.size === 1} onChange={(e) => toggle(x.code, e.target.checked)} />
                <svg width="30" height="14" aria-hidden="true" focusable="false">
                  <line x1="1" y1="7" x2="29" y2="7" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
                  <PointMarker shape={style.shape} cx={15} cy={7} r={3.5} color={style.color} />
                </svg>
                <span>{x.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {addable.length > 0 && (
        <div className="ind-territories__add">
          <label htmlFor={selectId}>{t('territories.addComune')}</label>
          {/* Up to the metropolitan city's 312 comuni: a list one types in. */}
          <SearchSelect id={selectId} options={addable.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))} value={comune} onChange={setComune} />
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={!comune}
            onClick={() => {
              toggle(comune, true);
              setComune('');
            }}
          >
            {t('territories.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
