import { createContext, useContext } from 'react';

import type { ParsedRuntimeConfig } from '@/aws/settings/runtime-config';

/** What main.tsx read before the first render. */
export interface Startup {
  /** The runtime config the connect policy was computed from. */
  readonly runtime: ParsedRuntimeConfig;
  /** The connect-src sources of the policy in force on this page. */
  readonly connectSources: readonly string[];
}

/** Absent in component tests, which render the routes without main.tsx. */
export const StartupContext = createContext<Startup | null>(null);

export function useStartup(): Startup | null {
  return useContext(StartupContext);
}
