import { ErrorBoundary } from 'react-error-boundary';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { StartupContext, type Startup } from './csp/startup-context';
import { RootErrorScreen } from './root-error-screen';
import { routes } from './routes';

const router = createBrowserRouter(routes);

export function App({ startup }: { readonly startup: Startup }) {
  return (
    <ErrorBoundary fallback={<RootErrorScreen />}>
      <StartupContext.Provider value={startup}>
        <RouterProvider router={router} />
      </StartupContext.Provider>
    </ErrorBoundary>
  );
}
