/** Links between pages, built in one place so features need not import each other. */
export const paths = {
  home: () => '/',
  plan: (plan: string) => `/piani/${encodeURIComponent(plan)}`,
  strategy: (plan: string, strategy: string) =>
    `/piani/${encodeURIComponent(plan)}/strategie/${encodeURIComponent(strategy)}`,
};
