import { useTranslation } from 'react-i18next';
import '../i18n';
import type { LinkItem } from '../utils/link-items';

type Props = {
  item: LinkItem;
  index: number;
  total: number;
  error: string | null;
  buttonRef: (key: 'up' | 'down' | 'remove', el: HTMLButtonElement | null) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onChange: (patch: Partial<LinkItem>) => void;
};

/** One linked indicator: its place (buttons to move it, no dragging needed), the demonstration flag and why. */
export function LinkRow({ item, index, total, error, buttonRef, onMove, onRemove, onChange }: Props) {
  const { t } = useTranslation('indicatorAdmin');
  const { t: tc } = useTranslation();
  const id = `link-${index}`;
  return (
    <li className={`links-item${error ? ' links-item--error' : ''}`}>
      <div className="links-item__head">
        <span className="links-item__pos" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={`${id}-title`} className="links-item__title h6" tabIndex={-1}>
          <span className="visually-hidden">{t('strategyLinks.position', { n: index + 1, total })}: </span>
          {item.name} <code>{item.indicator}</code>
          {item.demonstration && <span className="bod-tag bod-tag--demo">{tc('demo.badge')}</span>}
        </h3>
        <div className="links-item__buttons">
          <button
            ref={(el) => buttonRef('up', el)}
            type="button"
            className="btn btn-outline-primary btn-xs"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('strategyLinks.moveUpLabel', { name: item.name })}
          >
            <span aria-hidden="true">↑ </span>
            {t('strategyLinks.moveUp')}
          </button>
          <button
            ref={(el) => buttonRef('down', el)}
            type="button"
            className="btn btn-outline-primary btn-xs"
            disabled={index === total - 1}
            onClick={() => onMove(1)}
            aria-label={t('strategyLinks.moveDownLabel', { name: item.name })}
          >
            <span aria-hidden="true">↓ </span>
            {t('strategyLinks.moveDown')}
          </button>
          <button
            ref={(el) => buttonRef('remove', el)}
            type="button"
            className="btn btn-outline-danger btn-xs"
            onClick={onRemove}
            aria-label={t('strategyLinks.removeLabel', { name: item.name })}
          >
            {t('strategyLinks.remove')}
          </button>
        </div>
      </div>
      {error && <p className="bod-field-error">{error}</p>}
      <div className="form-check bod-check links-item__demo">
        <input id={`${id}-demo`} type="checkbox" checked={item.demonstration} onChange={(e) => onChange({ demonstration: e.target.checked })} />
        <label htmlFor={`${id}-demo`}>{t('strategyLinks.demonstration')}</label>
      </div>
      <div className="bod-field">
        <label htmlFor={`${id}-rationale`}>{t('strategyLinks.rationale')}</label>
        <textarea
          id={`${id}-rationale`}
          className="form-control bod-textarea"
          rows={2}
          maxLength={2000}
          value={item.rationale}
          onChange={(e) => onChange({ rationale: e.target.value })}
          aria-describedby={`${id}-rationale-hint`}
        />
        <p id={`${id}-rationale-hint`} className="bod-help">
          {t('strategyLinks.rationaleHelp')}
        </p>
      </div>
    </li>
  );
}
