import type { RouteObject } from 'react-router';

import { ComparePage } from '@/features/compare/compare-page';
import { SettingsPage } from '@/features/settings/settings-page';

import { AppShell } from './app-shell';
import { AppProviders } from './app-providers';
import { EditorRoute } from './pages/editor-route';
import { JobDefinitionsPage } from './pages/job-definitions-page';
import { NotFoundPage } from './pages/not-found-page';
import { RevisionPage } from './pages/revision-page';
import { RevisionsPage } from './pages/revisions-page';
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
      { path: 'job-definitions/:name', element: <RevisionsPage /> },
      { path: 'job-definitions/:name/compare', element: <ComparePage /> },
      // Also where Register's success message links.
      { path: 'job-definitions/:name/:revision', element: <RevisionPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
