import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * View state kept in the URL's query (filters, tabs, territories), so a link reopens the same view.
 * Values equal to the default are removed, keeping links short; `lang` and other keys are left alone.
 */
export function useUrlState<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    (Object.keys(defaults) as K[]).map((k) => [k, params.get(k) ?? defaults[k]]),
  ) as Record<K, string>;
  const set = useCallback(
    (patch: Partial<Record<K, string | null>>, options: { replace?: boolean } = { replace: true }) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [K, string | null | undefined][]) {
            if (v == null || v === '' || v === defaults[k]) next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: options.replace ?? true, preventScrollReset: true },
      );
    },
    // defaults is a literal at each call site; its content, not identity, matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams, JSON.stringify(defaults)],
  );
  return [values, set] as const;
}

/** A list kept in one query parameter, comma-separated (e.g. territories=ITC11,ITC1). */
export const splitList = (v: string): string[] => (v ? v.split(',').filter(Boolean) : []);
export const joinList = (items: readonly string[]): string => items.join(',');
