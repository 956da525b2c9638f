import { SetupView } from '../../features/auth/components/setup-view';

/** /configurazione: the one-time setup of the first administrator, its own lazy chunk. */
export function SetupPage() {
  return <SetupView />;
}
