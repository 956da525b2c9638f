import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabSpec<K extends string> = { id: K; label: string; panel: () => ReactNode };

type Props<K extends string> = { label: string; tabs: TabSpec<K>[]; active: K; onSelect: (id: K) => void };

/**
 * WAI-ARIA tabs on Bootstrap Italia's nav-tabs: one tab in the tab order, arrow keys, Home and End
 * move and select (the view is in the URL, so selecting is cheap). Only the active panel is drawn.
 */
export function IndicatorTabs<K extends string>({ label, tabs, active, onSelect }: Props<K>) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (id: K) => `${base}-tab-${id}`;
  const panelId = (id: K) => `${base}-panel-${id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next == null) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };

  return (
    <div className="ind-tabs">
      <ul className="nav nav-tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => {
          const selected = tab.id === active;
          return (
            <li key={tab.id} className="nav-item" role="presentation">
              <button
                ref={(el) => {
                  if (el) refs.current.set(tab.id, el);
                  else refs.current.delete(tab.id);
                }}
                type="button"
                role="tab"
                id={tabId(tab.id)}
                aria-controls={panelId(tab.id)}
                aria-selected={selected}
                tabIndex={selected ? 0 : -1}
                className={`nav-link${selected ? ' active' : ''}`}
                onClick={() => onSelect(tab.id)}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                {tab.label}
              </button>
            </li>
          );
        })}
      </ul>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== active}
          className="ind-tabs__panel"
        >
          {tab.id === active && tab.panel()}
        </div>
      ))}
    </div>
  );
}
