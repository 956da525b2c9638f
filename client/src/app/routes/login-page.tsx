import { LoginView } from '../../features/auth/components/login-view';

/** /accedi: its own lazy chunk, so the public pages carry nothing of the sign-in. */
export function LoginPage() {
  return <LoginView />;
}
