import { useEffect } from 'react';

import { useAws } from '@/aws/session/aws-context';

import { connectSources } from './connect-sources';
import { useStartup } from './startup-context';

interface ConnectPolicyGuardProps {
  /** Reloads the page; a prop so tests can watch it. */
  readonly reload?: () => void;
}

/**
 * Reloads the page when saved settings need other connect-src sources than
 * the policy in force (a new region or endpoint): the page's policy cannot
 * be widened, and the reload computes it afresh from the saved settings.
 * Drafts are kept in the browser; a user pool sign-in, held in memory only,
 * is asked for again.
 */
export function ConnectPolicyGuard({
  reload = () => window.location.reload(),
}: ConnectPolicyGuardProps) {
  const startup = useStartup();
  const { runtime, settings, origin } = useAws();
  // Until the provider holds the startup config, its settings are the
  // built-in defaults, not what the policy was computed from.
  const isReady = startup !== null && runtime === startup.runtime;
  const wanted = connectSources(settings, origin).join(' ');
  const applied = startup?.connectSources.join(' ');

  useEffect(() => {
    if (isReady && wanted !== applied) reload();
  }, [isReady, applied, wanted, reload]);

  return null;
}
