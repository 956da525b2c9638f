import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorListItem, StrategyIndicators } from '@psm/server/contract';
import '../i18n';
import '../../../styles/backoffice-data.css';
import { ErrorSummary } from '../../../components/forms/error-summary';
import { useForm } from '../../../components/forms/use-form';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { paths } from '../../../lib/paths';
import { problemText } from '../../../lib/problem';
import { MAX_PAGE_SIZE, useIndicators } from '../../../lib/api/get-indicators';
import { useSaveStrategyLinks, useStrategyLinks } from '../api/strategy-links';
import { bodyOf, itemsOf, move, sameItems, type LinkItem } from '../utils/link-items';
import { AddIndicator } from './add-indicator';
import { LinkRow } from './link-row';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

/** /gestione/piani/:plan/strategie/:code/indicatori: which indicators measure the strategy, in which order. */
export function StrategyLinksEditor({ plan, strategy }: { plan: string; strategy: string }) {
  const links = useStrategyLinks(plan, strategy);
  const catalogue = useIndicators({ pageSize: MAX_PAGE_SIZE });
  if (links.isPending) return <LoadingState />;
  if (links.isError) return <ErrorState error={links.error} onRetry={() => void links.refetch()} />;
  return <LinksForm plan={plan} strategy={strategy} initial={links.data} catalogue={catalogue.data?.items ?? []} />;
}

type FormProps = { plan: string; strategy: string; initial: StrategyIndicators; catalogue: IndicatorListItem[] };

function LinksForm({ plan, strategy, initial, catalogue }: FormProps) {
  const { t } = useTranslation('indicatorAdmin');
  const { t: tc } = useTranslation();
  const tree = usePlanTree(plan, { fresh: true });
  const save = useSaveStrategyLinks(plan, strategy);
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState(false);
  // The server names a row's problem by its place in the list (items.3.indicator).
  const form = useForm({ id: 'link', fields: ({ items }: { items: LinkItem[] }) => items.map((_, i) => `items.${i}`), initial: () => ({ items: itemsOf(initial) }) });
  const { items } = form.values;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const searchRef = useRef<HTMLInputElement>(null);

  const dirty = !sameItems(items, form.base.items);
  const title = tree.data?.axes.flatMap((a) => a.strategies).find((s) => s.code === strategy)?.title;
  const focusLater = (key: string) => requestAnimationFrame(() => buttons.current.get(key)?.focus());
  // Adding, moving or removing a row renumbers the rows: the errors of the last save no longer fit.
  const changed = (next: LinkItem[], message: string) => {
    form.set({ items: next });
    form.clearErrors();
    setAnnouncement(message);
    setSaved(false);
  };

  const moveItem = (index: number, by: -1 | 1) => {
    const next = move(items, index, by);
    const to = index + by;
    const item = items[index]!;
    changed(next, t('strategyLinks.moved', { name: item.name, n: to + 1, total: next.length }));
    // Keep the focus on the moved item's button; at an end that button is disabled, so take its twin.
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === next.length - 1);
    focusLater(`${item.indicator}:${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };
  const removeItem = (index: number) => {
    const item = items[index]!;
    const next = items.filter((_, i) => i !== index);
    changed(next, t('strategyLinks.removed', { name: item.name }));
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) focusLater(`${neighbour.indicator}:remove`);
    else requestAnimationFrame(() => searchRef.current?.focus());
  };
  const addItem = (i: IndicatorListItem) =>
    changed([...items, { indicator: i.code, name: i.name, demonstration: true, rationale: '' }], t('strategyLinks.added', { name: i.name }));
  const update = (index: number, patch: Partial<LinkItem>) => {
    form.set({ items: items.map((x, i) => (i === index ? { ...x, ...patch } : x)) });
    setSaved(false);
  };

  const submit = form.handleSubmit(async (v) => {
    form.reset({ items: itemsOf(await save.mutateAsync(bodyOf(v.items))) });
    setSaved(true);
    setAnnouncement('');
  });

  const rowError = (index: number) => form.errors[`items.${index}`];
  const rowErrors = items.flatMap((item, i) => {
    const message = rowError(i);
    return message ? [{ id: `link-${i}-title`, label: item.name, message }] : [];
  });
  const other = [...form.other, ...(form.failure ? [problemText(form.failure)] : [])];
  const linked = new Set(items.map((i) => i.indicator));
  return (
    <div className="bod strategy-links">
      <UnsavedChangesGuard when={dirty && !form.submitting} />
      {title && <p className="bod-lead">{t('strategyLinks.lead', { title })}</p>}
      <div className="callout note strategy-links__demo">
        <div className="callout-title">{t('strategyLinks.demoTitle')}</div>
        <p>
          <span className="bod-tag bod-tag--demo">{tc('demo.badge')}</span>{' '}
          {t('strategyLinks.demoText', { badge: tc('demo.badge'), explain: tc('demo.explain') })}
        </p>
      </div>
      <ErrorSummary title={t('strategyLinks.saveFailed')} items={rowErrors} other={other} attempt={form.attempt} variant="data" />
      <h2 className="h4" id="links-list-heading">
        {t('strategyLinks.listHeading')}
      </h2>
      {items.length === 0 ? (
        <p className="state state--empty">{t('strategyLinks.empty')}</p>
      ) : (
        <ol className="links-list" aria-labelledby="links-list-heading">
          {items.map((item, index) => (
            <LinkRow
              key={item.indicator}
              item={item}
              index={index}
              total={items.length}
              error={rowError(index) ?? null}
              buttonRef={(key, el) => {
                if (el) buttons.current.set(`${item.indicator}:${key}`, el);
                else buttons.current.delete(`${item.indicator}:${key}`);
              }}
              onMove={(by) => moveItem(index, by)}
              onRemove={() => removeItem(index)}
              onChange={(patch) => update(index, patch)}
            />
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <AddIndicator catalogue={catalogue} exclude={linked} onAdd={addItem} searchRef={searchRef} />
      <div className="bod-actions strategy-links__save">
        <button type="button" className="btn btn-primary" onClick={() => submit()} disabled={form.submitting || !dirty}>
          {form.submitting ? t('strategyLinks.saving') : t('strategyLinks.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" disabled={!dirty || form.submitting} onClick={() => form.reset()}>
          {t('strategyLinks.reset')}
        </button>
        <p className={`bod-status${dirty && !saved ? ' bod-status--pending' : ''}`} role="status">
          {saved ? t('strategyLinks.saved') : dirty ? t('strategyLinks.unsaved') : ''}
        </p>
      </div>
      <p>
        <Link to={paths.strategy(plan, strategy)}>{t('strategyLinks.publicPage')}</Link>
      </p>
    </div>
  );
}
