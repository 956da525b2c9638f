/**
 * The back-office shell and its shared pieces, for every page below /gestione.
 *
 * Every back-office page is already rendered inside `BackOfficeShell` (by app/routes/backoffice-routes.tsx):
 * the shell sends visitors to /accedi?next=<page>, shows the user, their role, "Esci" and the sections
 * of their role. A page only has to:
 *
 *   import { BackOfficePage, RequireRole, useCsrf } from '../../features/backoffice';
 *
 *   export function ImportsPage() {
 *     return (
 *       <RequireRole roles={['analyst']}>            // admins always pass; others read "Non hai i permessi…"
 *         <BackOfficePage title={t('…')} crumbs={[{ label: 'Importazioni', to: paths.backOffice.imports() }]}>
 *           …                                       // breadcrumb (Home / Area riservata / …crumbs / title), h1, tab title
 *         </BackOfficePage>
 *       </RequireRole>
 *     );
 *   }
 *
 *   const csrfToken = useCsrf();                    // the session's token: apiSend('POST', path, { body, csrfToken })
 *
 * Forms (from client/src/components, re-exported here): `FormField` (label, hint, error tied with
 * aria-describedby / aria-invalid; render-prop control), `ErrorSummary` (errors at the top, linked to the
 * fields, focused on each failed submit), `useFocusOn(key)` (a ref focused whenever `key` changes).
 * Writes: `problemFieldErrors(err, fieldNames)` (a 400/422 problem's `errors[{name, message}]` by field),
 * `WriteError` (401 → sign in again, CSRF, forbidden, unreachable, or the problem's detail; focused).
 * Reads a write is checked against: `apiGet(path, { signal, cache: 'no-cache' })`, or `apiGetWithEtag`
 * for the ETag to send back in If-Match (lib/api-client).
 * Styles: client/src/styles/backoffice.css (loaded with the shell): `.psm-field*`, `.psm-bo-*`.
 */
export { BackOfficeBreadcrumb, BackOfficePage, type Crumb } from './components/back-office-page';
export { BackOfficeShell } from './components/back-office-shell';
export { BackOfficeHomeView } from './components/back-office-home';
export { HomeCard } from './components/home-card';
export { ErrorSummary, type SummaryItem } from '../../components/error-summary';
export { FormField, useFocusOn, type ControlProps } from '../../components/form-field';
export { Forbidden, RequireRole } from './components/require-role';
export { WriteError } from './components/write-error';
export { useCsrf } from './hooks/use-csrf';
export { isFieldProblem, problemFieldErrors, type FieldErrors } from './utils/problem-fields';
export { SECTIONS, type SectionKey } from './utils/sections';
