/** Every query key in one place, so invalidation and prefetching agree with the hooks. */
export const queryKeys = {
  session: ['session'] as const,
  plans: {
    all: ['plans'] as const,
    list: () => [...queryKeys.plans.all, 'list'] as const,
    tree: (plan: string) => [...queryKeys.plans.all, plan, 'tree'] as const,
    rollup: (plan: string) => [...queryKeys.plans.all, plan, 'rollup'] as const,
    rollupGroups: (plan: string, by: string) => [...queryKeys.plans.all, plan, 'rollup', 'groups', by] as const,
    context: (plan: string) => [...queryKeys.plans.all, plan, 'context'] as const,
    progress: (plan: string) => [...queryKeys.plans.all, plan, 'progress'] as const,
  },
  dashboard: {
    all: ['dashboard'] as const,
    strategy: (plan: string, strategy: string) => ['dashboard', plan, strategy] as const,
  },
  indicators: {
    all: ['indicators'] as const,
    list: (filters: Record<string, string | number | undefined>) => [...queryKeys.indicators.all, 'list', filters] as const,
    detail: (code: string) => [...queryKeys.indicators.all, code] as const,
    observations: (code: string, territories: readonly string[]) => [...queryKeys.indicators.all, code, 'observations', territories] as const,
    revisions: (code: string, territories: readonly string[]) => [...queryKeys.indicators.all, code, 'revisions', territories] as const,
    /** The back-office's catalogue, drafts included (never cached by the server). */
    backoffice: (filters: Record<string, string | number | undefined>) => [...queryKeys.indicators.all, 'backoffice', filters] as const,
    /** The back-office's read of one indicator, draft or published, with its publication status. */
    backofficeDetail: (code: string) => [...queryKeys.indicators.all, code, 'backoffice'] as const,
    values: (code: string) => [...queryKeys.indicators.all, code, 'values'] as const,
  },
  progressMethod: ['progress-method'] as const,
  site: ['site'] as const,
  setup: ['setup'] as const,
  strategyIndicators: (plan: string, strategy: string) => ['strategy-indicators', plan, strategy] as const,
  territories: { list: (filters: Record<string, string | undefined>) => ['territories', filters] as const },
  actions: {
    all: ['actions'] as const,
    statuses: () => [...queryKeys.actions.all, 'statuses'] as const,
    table: (plan: string) => [...queryKeys.actions.all, plan, 'table'] as const,
    detail: (plan: string, code: string) => [...queryKeys.actions.all, plan, code] as const,
    /** The back-office's read of an action with its ETag (for If-Match). */
    forUpdate: (plan: string, code: string) => [...queryKeys.actions.all, plan, code, 'for-update'] as const,
    /** The back-office's list of the actions a user may update (always revalidated). */
    manageable: (plan: string) => [...queryKeys.actions.all, plan, 'manageable'] as const,
    /** The admins' read of an action's details with its ETag (for If-Match). */
    details: (plan: string, code: string) => [...queryKeys.actions.all, plan, code, 'details'] as const,
  },
  imports: {
    all: ['imports'] as const,
    list: () => [...queryKeys.imports.all, 'list'] as const,
    detail: (id: number) => [...queryKeys.imports.all, id] as const,
  },
  users: {
    all: ['users'] as const,
    list: () => [...queryKeys.users.all, 'list'] as const,
  },
  offices: {
    all: ['offices'] as const,
    list: () => [...queryKeys.offices.all, 'list'] as const,
    choices: () => [...queryKeys.offices.all, 'choices'] as const,
  },
  reports: {
    all: ['reports'] as const,
    list: () => [...queryKeys.reports.all, 'list'] as const,
    /** The back-office's read of a report with its ETag (for If-Match). */
    detail: (id: number) => [...queryKeys.reports.all, id] as const,
    document: (id: number) => [...queryKeys.reports.all, id, 'document'] as const,
  },
  sources: {
    all: ['sources'] as const,
    list: () => [...queryKeys.sources.all, 'list'] as const,
  },
  rounds: {
    all: ['rounds'] as const,
    list: (plan: string) => [...queryKeys.rounds.all, plan, 'list'] as const,
    detail: (plan: string, id: number) => [...queryKeys.rounds.all, plan, id] as const,
  },
  planningTools: {
    all: ['planning-tools'] as const,
    list: () => [...queryKeys.planningTools.all, 'list'] as const,
    detail: (code: string) => [...queryKeys.planningTools.all, code] as const,
    search: (q: string) => [...queryKeys.planningTools.all, 'search', q] as const,
    coherence: (plan: string, filters: { asse?: string; strumento?: string }) => [...queryKeys.planningTools.all, 'coherence', plan, filters] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (filters: Record<string, string | number | undefined>) => [...queryKeys.audit.all, 'list', filters] as const,
  },
};
