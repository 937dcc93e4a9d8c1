import { useEffect, useState } from 'react';

import { resolveEndpoint } from '../settings/resolve-endpoint';
import { useAws } from './aws-context';
import { probeEmulator, type EmulatorReachability } from './probe-emulator';

/**
 * Whether the local emulator that `npm start` reported answers now; checked
 * on mount and whenever the window regains focus. Undefined when the
 * runtime config names no running emulator.
 */
export function useEmulatorReachability(): EmulatorReachability | undefined {
  const { runtime, origin } = useAws();
  const config = runtime?.config;
  const resolved = resolveEndpoint(config?.endpoints?.batch ?? '', origin);
  const endpoint =
    config?.emulator?.status === 'running' && resolved.ok
      ? resolved.url
      : undefined;
  const [state, setState] = useState<{
    endpoint: string;
    reach: EmulatorReachability;
  }>();

  useEffect(() => {
    if (endpoint === undefined) return undefined;
    let isCurrent = true;
    const check = async () => {
      const isUp = await probeEmulator(endpoint);
      if (isCurrent)
        setState({ endpoint, reach: isUp ? 'answering' : 'silent' });
    };
    void check();
    const handleFocus = () => void check();
    window.addEventListener('focus', handleFocus);
    return () => {
      isCurrent = false;
      window.removeEventListener('focus', handleFocus);
    };
  }, [endpoint]);

  if (endpoint === undefined) return undefined;
  return state?.endpoint === endpoint ? state.reach : 'checking';
}
