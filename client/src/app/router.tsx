import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { LoadingState } from '../components/query-states';
import { Layout } from '../components/layout';
import { HomeRedirect } from './routes/home-redirect';
import { NotFoundPage } from './routes/not-found-page';
import { PlanPage } from './routes/plan-page';
import { RouteError } from './routes/route-error';

// The dashboard brings Recharts: load it only when a dashboard is opened.
const StrategyPage = lazy(() => import('./routes/strategy-page').then((m) => ({ default: m.StrategyPage })));

export const routes = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/piani/:plan', element: <PlanPage /> },
      {
        path: '/piani/:plan/strategie/:code',
        element: (
          <Suspense fallback={<LoadingState />}>
            <StrategyPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
