import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';

import { AwsRequestError } from '../errors/aws-failure';
import { normalizeAwsError } from '../errors/normalize-aws-error';
import { runtimeConfigKey } from '../operations/query-keys';
import {
  applyOverrides,
  defaultSettings,
  overridesOf,
  type AwsSettings,
} from '../settings/aws-settings';
import { loadRuntimeConfig } from '../settings/load-runtime-config';
import type { ParsedRuntimeConfig } from '../settings/runtime-config';
import {
  readStoredOverrides,
  writeStoredOverrides,
} from '../settings/settings-storage';
import {
  signIn as signInToPool,
  type SignInTarget,
} from '../user-pool/sign-in';
import type { UserPoolSession } from '../user-pool/user-pool-session';
import { createAwsConnection } from './aws-connection';
import { AwsContext, type AwsContextValue } from './aws-context';
import { signInErrorContext } from './sign-in-error-context';

interface AwsProviderProps {
  /** Where settings are kept; undefined when the browser blocks storage. */
  readonly storage: Storage | undefined;
  readonly origin: string;
  readonly loadConfig?: () => Promise<ParsedRuntimeConfig>;
  readonly children: ReactNode;
}

/** Loads the runtime config and gives the app its settings and connection. */
export function AwsProvider({
  storage,
  origin,
  loadConfig = loadRuntimeConfig,
  children,
}: AwsProviderProps) {
  const { data: runtime } = useQuery({
    queryKey: runtimeConfigKey,
    queryFn: () => loadConfig(),
    staleTime: Infinity,
    retry: false,
  });
  const [overrides, setOverrides] = useState(() =>
    readStoredOverrides(storage),
  );
  const [session, setSession] = useState<UserPoolSession | null>(null);

  const defaults = useMemo(
    () => defaultSettings(runtime?.config ?? {}),
    [runtime],
  );
  const settings = useMemo(
    () => applyOverrides(defaults, overrides),
    [defaults, overrides],
  );
  const connection = useMemo(
    () =>
      runtime ? createAwsConnection(settings, origin, session) : undefined,
    [runtime, settings, origin, session],
  );

  const save = useCallback(
    (next: AwsSettings) => {
      const changes = overridesOf(next, defaults);
      setOverrides(changes);
      return writeStoredOverrides(storage, changes);
    },
    [defaults, storage],
  );
  const reset = useCallback(() => {
    setOverrides({});
    writeStoredOverrides(storage, {});
  }, [storage]);

  const signIn = useCallback(
    async (target: SignInTarget, username: string, password: string) => {
      try {
        const next = await signInToPool(target, username, password);
        session?.signOut();
        setSession(next);
      } catch (error) {
        throw new AwsRequestError(
          normalizeAwsError(error, signInErrorContext(settings, target)),
        );
      }
    },
    [settings, session],
  );
  const signOut = useCallback(() => {
    session?.signOut();
    setSession(null);
  }, [session]);

  const value = useMemo<AwsContextValue>(
    () => ({
      runtime,
      defaults,
      overrides,
      settings,
      connection,
      session,
      origin,
      save,
      reset,
      signIn,
      signOut,
    }),
    [
      runtime,
      defaults,
      overrides,
      settings,
      connection,
      session,
      origin,
      save,
      reset,
      signIn,
      signOut,
    ],
  );
  return <AwsContext.Provider value={value}>{children}</AwsContext.Provider>;
}
