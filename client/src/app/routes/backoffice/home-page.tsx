import { ToUpdateCount } from '../../../features/action-status/components/to-update-count';
import { BackOfficeHomeView } from '../../../features/backoffice/components/back-office-home';
import { UserCount } from '../../../features/users/components/user-count';

/** /gestione: the tasks of the user's role, with a count where it is cheap. */
export function BackOfficeHome() {
  return <BackOfficeHomeView counts={{ myActions: <ToUpdateCount />, users: <UserCount /> }} />;
}
