/** Links between pages, built in one place so features need not import each other. */
const e = encodeURIComponent;

export const paths = {
  home: () => '/',
  plan: (plan: string) => `/piani/${e(plan)}`,
  axis: (plan: string, axis: string) => `/piani/${e(plan)}/assi/${e(axis)}`,
  strategy: (plan: string, strategy: string) => `/piani/${e(plan)}/strategie/${e(strategy)}`,
  monitoring: (plan: string) => `/piani/${e(plan)}/monitoraggio`,
  actions: (plan: string) => `/piani/${e(plan)}/azioni`,
  action: (plan: string, action: string) => `/piani/${e(plan)}/azioni/${e(action)}`,
  /** The coherence matrix with the planning tools; `filters` (asse, strumento) as the page keeps them in its URL. */
  coherence: (plan: string, filters: { asse?: string; strumento?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter((kv): kv is [string, string] => !!kv[1])).toString();
    return `/piani/${e(plan)}/coerenza${query ? `?${query}` : ''}`;
  },
  indicators: () => '/indicatori',
  /** `plan` gives the page its plan context (breadcrumb, focus territory). */
  indicator: (code: string, plan?: string) => `/indicatori/${e(code)}${plan ? `?piano=${e(plan)}` : ''}`,
  accessibility: () => '/accessibilita',
  login: (next?: string) => `/accedi${next ? `?next=${e(next)}` : ''}`,
  setup: () => '/configurazione',
  backOffice: {
    home: () => '/gestione',
    imports: () => '/gestione/importazioni',
    importJob: (id: number) => `/gestione/importazioni/${id}`,
    /** The data sources: import recipes with their addresses. */
    sources: () => '/gestione/fonti',
    indicators: () => '/gestione/indicatori',
    indicator: (code: string) => `/gestione/indicatori/${e(code)}`,
    newIndicator: () => '/gestione/indicatori/nuovo',
    indicatorValues: (code: string) => `/gestione/indicatori/${e(code)}/valori`,
    strategyLinks: (plan: string, strategy: string) => `/gestione/piani/${e(plan)}/strategie/${e(strategy)}/indicatori`,
    actionStatus: (plan: string, action: string) => `/gestione/piani/${e(plan)}/azioni/${e(action)}/stato`,
    actionObjectives: (plan: string, action: string) => `/gestione/piani/${e(plan)}/azioni/${e(action)}/obiettivi`,
    planningTools: () => '/gestione/strumenti',
    planningTool: (code: string) => `/gestione/strumenti/${e(code)}`,
    myActions: () => '/gestione/azioni',
    /** The admins' list of a plan's actions (the newest plan when none is given). */
    actionAdmin: (plan?: string) => `/gestione/dettagli-azioni${plan ? `?piano=${e(plan)}` : ''}`,
    actionDetails: (plan: string, action: string) => `/gestione/piani/${e(plan)}/azioni/${e(action)}/dettagli`,
    actionRegister: (plan: string) => `/gestione/piani/${e(plan)}/azioni/registro`,
    planImport: () => '/gestione/piano',
    users: () => '/gestione/utenti',
    offices: () => '/gestione/uffici',
    office: (code: string) => `/gestione/uffici?ufficio=${e(code)}`,
    officesImport: () => '/gestione/uffici/carica',
    reports: () => '/gestione/rapporti',
    report: (id: number) => `/gestione/rapporti/${id}`,
    rounds: (plan?: string) => `/gestione/rilevazioni${plan ? `?piano=${e(plan)}` : ''}`,
    round: (plan: string, id: number) => `/gestione/rilevazioni/${id}?piano=${e(plan)}`,
    /** The audit log, filtered on a kind of record or one record (the "Cronologia" of an administered object). */
    audit: (filter: { type?: string; id?: string | number } = {}) => {
      const query = [filter.type ? `tipo=${e(filter.type)}` : '', filter.id !== undefined ? `id=${e(String(filter.id))}` : ''].filter(Boolean).join('&');
      return `/gestione/registro${query ? `?${query}` : ''}`;
    },
  },
};
