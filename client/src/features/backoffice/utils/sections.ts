import type { Role } from '@psm/server/contract';
import { paths } from '../../../lib/paths';

export type SectionKey = 'home' | 'myActions' | 'actionAdmin' | 'imports' | 'sources' | 'indicators' | 'planImport' | 'users' | 'offices' | 'planningTools' | 'reports' | 'rounds' | 'audit';

/**
 * The back-office sections and who may use them (admins may use all: an empty list means admin only).
 * `match` also marks a section current on its inner pages (e.g. an action's status form).
 */
export const SECTIONS: { key: SectionKey; to: string; roles: Role[]; match: RegExp }[] = [
  { key: 'home', to: paths.backOffice.home(), roles: ['manager', 'analyst'], match: /^\/gestione\/?$/ },
  { key: 'myActions', to: paths.backOffice.myActions(), roles: ['manager'], match: /^\/gestione\/(azioni|piani\/[^/]+\/azioni\/[^/]+\/stato)/ },
  { key: 'actionAdmin', to: paths.backOffice.actionAdmin(), roles: [], match: /^\/gestione\/(dettagli-azioni|piani\/[^/]+\/azioni\/(registro|[^/]+\/dettagli))/ },
  { key: 'imports', to: paths.backOffice.imports(), roles: ['analyst'], match: /^\/gestione\/importazioni/ },
  { key: 'sources', to: paths.backOffice.sources(), roles: ['analyst'], match: /^\/gestione\/fonti/ },
  { key: 'indicators', to: paths.backOffice.indicators(), roles: ['analyst'], match: /^\/gestione\/(indicatori|piani\/[^/]+\/strategie\/)/ },
  { key: 'reports', to: paths.backOffice.reports(), roles: ['analyst'], match: /^\/gestione\/rapporti/ },
  { key: 'rounds', to: paths.backOffice.rounds(), roles: [], match: /^\/gestione\/rilevazioni/ },
  { key: 'planImport', to: paths.backOffice.planImport(), roles: [], match: /^\/gestione\/piano/ },
  { key: 'users', to: paths.backOffice.users(), roles: [], match: /^\/gestione\/utenti/ },
  { key: 'offices', to: paths.backOffice.offices(), roles: [], match: /^\/gestione\/uffici/ },
  { key: 'planningTools', to: paths.backOffice.planningTools(), roles: [], match: /^\/gestione\/(strumenti|piani\/[^/]+\/azioni\/[^/]+\/obiettivi)/ },
  { key: 'audit', to: paths.backOffice.audit(), roles: [], match: /^\/gestione\/registro/ },
];

/** The path and query to come back to after signing in, without the language (the login page keeps its own). */
export function nextPath(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lang');
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
