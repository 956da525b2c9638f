import { paths } from '../../../lib/paths';

/** The admins' action pages (also in lib/paths: the public action page links to the form). */
export const adminPaths = {
  list: (plan?: string) => paths.backOffice.actionAdmin(plan),
  details: (plan: string, code: string) => paths.backOffice.actionDetails(plan, code),
  register: (plan: string) => paths.backOffice.actionRegister(plan),
};
