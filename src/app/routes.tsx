import type { RouteObject } from 'react-router';

import { EditorPage } from '@/features/editor/editor-page';

import { AppShell } from './app-shell';
import { browserStorage } from './browser-storage';
import { JobDefinitionsPage } from './pages/job-definitions-page';
import { NotFoundPage } from './pages/not-found-page';
import { SettingsPage } from './pages/settings-page';
import { RootErrorScreen } from './root-error-screen';

/** Every page of the app, under the shell. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RootErrorScreen />,
    children: [
      { index: true, element: <EditorPage storage={browserStorage()} /> },
      { path: 'job-definitions', element: <JobDefinitionsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
