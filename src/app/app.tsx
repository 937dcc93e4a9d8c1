import { ErrorBoundary } from 'react-error-boundary';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { RootErrorScreen } from './root-error-screen';
import { routes } from './routes';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <ErrorBoundary fallback={<RootErrorScreen />}>
      <RouterProvider router={router} />
    </ErrorBoundary>
  );
}
