import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from '../../components/query-states';
import { BackOfficeShell } from '../../features/backoffice/components/back-office-shell';
import { NotFoundPage } from './not-found-page';

/** Back-office pages, each its own chunk, all below /gestione. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const BackOfficeHome = page(() => import('./backoffice/home-page'), 'BackOfficeHome');
const ImportsPage = page(() => import('./backoffice/imports-page'), 'ImportsPage');
const ImportJobPage = page(() => import('./backoffice/import-job-page'), 'ImportJobPage');
const SourcesPage = page(() => import('./backoffice/sources-page'), 'SourcesPage');
const IndicatorAdminListPage = page(() => import('./backoffice/indicators-page'), 'IndicatorAdminListPage');
const IndicatorAdminPage = page(() => import('./backoffice/indicator-page'), 'IndicatorAdminPage');
const NewIndicatorPage = page(() => import('./backoffice/new-indicator-page'), 'NewIndicatorPage');
const IndicatorValuesPage = page(() => import('./backoffice/indicator-values-page'), 'IndicatorValuesPage');
const StrategyLinksPage = page(() => import('./backoffice/strategy-links-page'), 'StrategyLinksPage');
const MyActionsPage = page(() => import('./backoffice/my-actions-page'), 'MyActionsPage');
const ActionStatusPage = page(() => import('./backoffice/action-status-page'), 'ActionStatusPage');
const ActionAdminPage = page(() => import('./backoffice/action-admin-page'), 'ActionAdminPage');
const ActionDetailsPage = page(() => import('./backoffice/action-details-page'), 'ActionDetailsPage');
const ActionRegisterPage = page(() => import('./backoffice/action-register-page'), 'ActionRegisterPage');
const PlanImportPage = page(() => import('./backoffice/plan-import-page'), 'PlanImportPage');
const UsersPage = page(() => import('./backoffice/users-page'), 'UsersPage');
const OfficesPage = page(() => import('./backoffice/offices-page'), 'OfficesPage');
const OfficeImportPage = page(() => import('./backoffice/office-import-page'), 'OfficeImportPage');
const ReportsPage = page(() => import('./backoffice/reports-page'), 'ReportsPage');
const ReportPage = page(() => import('./backoffice/report-page'), 'ReportPage');
const RoundsPage = page(() => import('./backoffice/rounds-page'), 'RoundsPage');
const RoundPage = page(() => import('./backoffice/round-page'), 'RoundPage');
const AuditPage = page(() => import('./backoffice/audit-page'), 'AuditPage');
const PlanningToolsPage = page(() => import('./backoffice/planning-tools-page'), 'PlanningToolsPage');
const PlanningToolPage = page(() => import('./backoffice/planning-tool-page'), 'PlanningToolPage');
const ActionObjectivesPage = page(() => import('./backoffice/action-objectives-page'), 'ActionObjectivesPage');

const s = (Page: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<LoadingState />}>
    <Page />
  </Suspense>
);

/** /gestione/*: the signed-in area; the shell sends visitors to the login and shows the sections of the user's role. */
export function BackOfficeRoutes() {
  return (
    <BackOfficeShell>
      <Routes>
        <Route index element={s(BackOfficeHome)} />
        <Route path="importazioni" element={s(ImportsPage)} />
        <Route path="importazioni/:id" element={s(ImportJobPage)} />
        <Route path="fonti" element={s(SourcesPage)} />
        <Route path="indicatori" element={s(IndicatorAdminListPage)} />
        <Route path="indicatori/nuovo" element={s(NewIndicatorPage)} />
        <Route path="indicatori/:code" element={s(IndicatorAdminPage)} />
        <Route path="indicatori/:code/valori" element={s(IndicatorValuesPage)} />
        <Route path="piani/:plan/strategie/:code/indicatori" element={s(StrategyLinksPage)} />
        <Route path="azioni" element={s(MyActionsPage)} />
        <Route path="piani/:plan/azioni/:code/stato" element={s(ActionStatusPage)} />
        <Route path="dettagli-azioni" element={s(ActionAdminPage)} />
        <Route path="piani/:plan/azioni/registro" element={s(ActionRegisterPage)} />
        <Route path="piani/:plan/azioni/:code/dettagli" element={s(ActionDetailsPage)} />
        <Route path="piani/:plan/azioni/:code/obiettivi" element={s(ActionObjectivesPage)} />
        <Route path="piano" element={s(PlanImportPage)} />
        <Route path="strumenti" element={s(PlanningToolsPage)} />
        <Route path="strumenti/:code" element={s(PlanningToolPage)} />
        <Route path="utenti" element={s(UsersPage)} />
        <Route path="uffici" element={s(OfficesPage)} />
        <Route path="uffici/carica" element={s(OfficeImportPage)} />
        <Route path="rapporti" element={s(ReportsPage)} />
        <Route path="rapporti/:id" element={s(ReportPage)} />
        <Route path="rilevazioni" element={s(RoundsPage)} />
        <Route path="rilevazioni/:id" element={s(RoundPage)} />
        <Route path="registro" element={s(AuditPage)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BackOfficeShell>
  );
}
