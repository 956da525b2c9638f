import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './form-field';
import './i18n';
import './search-select.css';

export type SearchOption = { value: string; label: string };

type Props = ControlProps & {
  /** When the field has no visible label of its own (a grid's cell): its name. */
  'aria-label'?: string;
  /** The text field's classes (default form-control; a grid's cells add form-control-sm, is-invalid). */
  inputClassName?: string;
  options: readonly SearchOption[];
  /** The chosen option's value; '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** How many options the list shows at most while typing (the rest: type more). */
  limit?: number;
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * A select one can type in (ARIA 1.2 combobox with a listbox popup): typing filters the options by
 * any part of their label (code or name, accents ignored); arrows move, Enter or a click chooses,
 * Escape closes and puts back the choice. Emptying the text and leaving the field chooses none.
 * Used inside FormField like any control: `{(p) => <SearchSelect {...p} options={…} value={…} onChange={…} />}`.
 */
export function SearchSelect({ options, value, onChange, limit = 50, inputClassName = 'form-control', ...control }: Props) {
  const { t } = useTranslation('forms');
  const listId = useId();
  const chosen = options.find((o) => o.value === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = text === null ? chosen?.label ?? '' : text;
  const found = text ? options.filter((o) => fold(o.label).includes(fold(text.trim()))) : options;
  const matches = found.slice(0, limit);
  const optionId = (i: number) => `${control.id}-opt-${i}`;

  const choose = (o: SearchOption | null) => {
    onChange(o?.value ?? '');
    setText(null);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(matches.length - 1, i + step)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const o = matches[active] ?? (matches.length === 1 ? matches[0] : undefined);
      if (o) choose(o);
    } else if (e.key === 'Escape') {
      setText(null);
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="psm-combobox">
      <input
        {...control}
        type="text"
        className={inputClassName}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (text !== null && !text.trim()) choose(null);
          else {
            setText(null);
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" className="psm-combobox__list" hidden={!open} aria-label={t('searchSelect.options')}>
        {matches.map((o, i) => (
          <li
            key={o.value}
            id={optionId(i)}
            role="option"
            aria-selected={o.value === value}
            className={`psm-combobox__option${i === active ? ' psm-combobox__option--active' : ''}`}
            // Before the input's blur, so the click chooses.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {o.label}
          </li>
        ))}
        {!matches.length && (
          <li role="option" aria-selected={false} aria-disabled="true" className="psm-combobox__option psm-combobox__option--none">
            {t('searchSelect.none')}
          </li>
        )}
        {found.length > matches.length && (
          <li role="option" aria-selected={false} aria-disabled="true" className="psm-combobox__option psm-combobox__option--none">
            {t('searchSelect.more', { shown: matches.length })}
          </li>
        )}
      </ul>
      {/* Screen readers hear how many choices the text leaves, as they type (a live region, not a page's status message). */}
      <span id={`${control.id}-count`} className="visually-hidden" aria-live="polite" aria-atomic="true">
        {open && text ? t('searchSelect.results', { count: found.length }) : ''}
      </span>
    </div>
  );
}
