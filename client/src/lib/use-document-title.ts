import { useEffect } from 'react';
import { strings } from './strings';

/** Sets the tab title, so screen-reader users and history entries know which page this is. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${strings.app.product}` : strings.app.product;
  }, [title]);
}
