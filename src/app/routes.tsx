import type { RouteObject } from 'react-router';

import { ComparePage } from '@/features/compare/compare-page';
import { SettingsPage } from '@/features/settings/settings-page';

import { AppShell } from './app-shell';
import { AppProviders } from './app-providers';
import { EditorRoute } from './pages/editor-route';
import { JobDefinitionsPage } from './pages/job-definitions-page';
import { NotFoundPage } from './pages/not-found-page';
import { RootErrorScreen } from './root-error-screen';

/** Every page of the app, under the shell. */
export const routes: RouteObject[] = [
  {
    element: (
      <AppProviders>
        <AppShell />
      </AppProviders>
    ),
    errorElement: <RootErrorScreen />,
    children: [
      { index: true, element: <EditorRoute /> },
      { path: 'job-definitions', element: <JobDefinitionsPage /> },
      { path: 'job-definitions/:name/compare', element: <ComparePage /> },
      // Where Register's success message links; the revision page comes next.
      {
        path: 'job-definitions/:name/:revision',
        element: <JobDefinitionsPage />,
      },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
