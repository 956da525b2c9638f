import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { readCsrfTokenFrom } from '../lib/csrf';
import { createQueryClient } from '../lib/query-client';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  // Writes (apiSend) take the CSRF token from this client's session query. Registered here, with the
  // client React kept (StrictMode makes a second one in development and drops it).
  useEffect(() => readCsrfTokenFrom(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
