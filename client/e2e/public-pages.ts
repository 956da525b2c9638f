/**
 * Every public page of the portal, one URL each (Italian: no `lang` parameter), for the screenshot
 * tool (e2e/screenshots.ts) and the public-pages e2e test. Plans, axes, strategies, actions and
 * indicators are those of the seed data.
 */
export type PublicPage = {
  /** Short name, used for file names and test titles. */
  id: string;
  /** Path and query string, Italian version. */
  path: string;
  /** What the page is, for people reading the reports. */
  label: string;
};

export const PUBLIC_PAGES: readonly PublicPage[] = [
  { id: 'home-2024-2026', path: '/piani/psm-2024-2026', label: 'Plan home, 2024-2026 edition' },
  { id: 'home-2021-2023', path: '/piani/psm-2021-2023', label: 'Plan home, 2021-2023 edition' },
  { id: 'axis', path: '/piani/psm-2024-2026/assi/2', label: 'Axis page' },
  { id: 'strategy', path: '/piani/psm-2024-2026/strategie/2.1', label: 'Strategy page' },
  { id: 'monitoring', path: '/piani/psm-2024-2026/monitoraggio', label: 'Monitoring overview' },
  { id: 'actions', path: '/piani/psm-2024-2026/azioni', label: 'Actions explorer' },
  { id: 'actions-filtered', path: '/piani/psm-2024-2026/azioni?asse=2', label: 'Actions explorer, filtered by axis' },
  { id: 'action', path: '/piani/psm-2024-2026/azioni/2.1.1', label: 'Action page' },
  { id: 'indicators', path: '/indicatori', label: 'Indicator catalogue' },
  { id: 'indicator-chart', path: '/indicatori/BES_10AMB017?piano=psm-2024-2026', label: 'Indicator page, chart tab' },
  { id: 'indicator-table', path: '/indicatori/BES_10AMB017?piano=psm-2024-2026&tab=tabella', label: 'Indicator page, table tab' },
  { id: 'indicator-sources', path: '/indicatori/BES_10AMB017?piano=psm-2024-2026&tab=fonti', label: 'Indicator page, sources tab' },
  { id: 'embed-indicator', path: '/embed/indicatori/BES_10AMB017?piano=psm-2024-2026', label: 'Embeddable indicator (framed by other sites)' },
  { id: 'embed-strategy', path: '/embed/piani/psm-2024-2026/strategie/2.1', label: 'Embeddable strategy (framed by other sites)' },
  { id: 'accessibility', path: '/accessibilita', label: 'Accessibility statement' },
  { id: 'login', path: '/accedi', label: 'Login page' },
  { id: 'setup', path: '/configurazione', label: 'First setup (no administrator yet in the e2e database)' },
  { id: 'not-found', path: '/pagina-che-non-esiste', label: 'Page not found (404)' },
];

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The page's URL in a language: English adds `lang=en` to the query string. */
export function pageUrl(baseUrl: string, page: PublicPage, lang: Language): string {
  const url = new URL(page.path, baseUrl);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  return url.toString();
}

export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 360, height: 800 },
] as const;
