import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { LoadingState } from '../components/query-states';
import { EmbedLayout } from '../components/embed-layout';
import { Layout } from '../components/layout';
import { HomeRedirect } from './routes/home-redirect';
import { NotFoundPage } from './routes/not-found-page';
import { RouteError } from './routes/route-error';

/** Every page is its own chunk: a visitor downloads the code of the pages they open, never the back-office's. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const PlanPage = page(() => import('./routes/plan-page'), 'PlanPage');
const AxisPage = page(() => import('./routes/axis-page'), 'AxisPage');
const StrategyPage = page(() => import('./routes/strategy-page'), 'StrategyPage');
const MonitoringPage = page(() => import('./routes/monitoring-page'), 'MonitoringPage');
const ActionsPage = page(() => import('./routes/actions-page'), 'ActionsPage');
const ActionPage = page(() => import('./routes/action-page'), 'ActionPage');
const CoherencePage = page(() => import('./routes/coherence-page'), 'CoherencePage');
const IndicatorsPage = page(() => import('./routes/indicators-page'), 'IndicatorsPage');
const IndicatorPage = page(() => import('./routes/indicator-page'), 'IndicatorPage');
const AccessibilityPage = page(() => import('./routes/accessibility-page'), 'AccessibilityPage');
const ProgressMethodPage = page(() => import('./routes/progress-method-page'), 'ProgressMethodPage');
const EmbedIndicatorPage = page(() => import('./routes/embed-indicator-page'), 'EmbedIndicatorPage');
const EmbedStrategyPage = page(() => import('./routes/embed-strategy-page'), 'EmbedStrategyPage');
const LoginPage = page(() => import('./routes/login-page'), 'LoginPage');
const SetupPage = page(() => import('./routes/setup-page'), 'SetupPage');
const BackOfficeRoutes = page(() => import('./routes/backoffice-routes'), 'BackOfficeRoutes');

const suspended = (Page: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<LoadingState />}>
    <Page />
  </Suspense>
);

export const routes = [
  {
    // Pages other sites may frame (the server lets only /embed/… be framed): no site header, menus or footer.
    path: '/embed',
    element: <EmbedLayout />,
    errorElement: <RouteError />,
    children: [
      { path: 'indicatori/:code', element: suspended(EmbedIndicatorPage) },
      { path: 'piani/:plan/strategie/:code', element: suspended(EmbedStrategyPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/piani/:plan', element: suspended(PlanPage) },
      { path: '/piani/:plan/assi/:axis', element: suspended(AxisPage) },
      { path: '/piani/:plan/strategie/:code', element: suspended(StrategyPage) },
      { path: '/piani/:plan/monitoraggio', element: suspended(MonitoringPage) },
      { path: '/piani/:plan/azioni', element: suspended(ActionsPage) },
      { path: '/piani/:plan/azioni/:code', element: suspended(ActionPage) },
      { path: '/piani/:plan/coerenza', element: suspended(CoherencePage) },
      { path: '/indicatori', element: suspended(IndicatorsPage) },
      { path: '/indicatori/:code', element: suspended(IndicatorPage) },
      { path: '/accessibilita', element: suspended(AccessibilityPage) },
      { path: '/metodo/progressi', element: suspended(ProgressMethodPage) },
      { path: '/accedi', element: suspended(LoginPage) },
      { path: '/configurazione', element: suspended(SetupPage) },
      // The back-office declares its own routes below /gestione (descendant <Routes>), all in its lazy chunks.
      { path: '/gestione/*', element: suspended(BackOfficeRoutes) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
