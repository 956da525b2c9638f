/** Every query key in one place, so invalidation and prefetching agree with the hooks. */
export const queryKeys = {
  plans: {
    all: ['plans'] as const,
    list: () => [...queryKeys.plans.all, 'list'] as const,
    tree: (plan: string) => [...queryKeys.plans.all, plan, 'tree'] as const,
  },
  dashboard: {
    strategy: (plan: string, strategy: string) => ['dashboard', plan, strategy] as const,
  },
};
