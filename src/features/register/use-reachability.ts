import { useAws } from '@/aws/session/aws-context';

import type { Reachability } from './register-hint';

/** Whether Settings and sign-in let the app reach AWS. */
export function useReachability(): Reachability {
  const { connection } = useAws();
  if (!connection) return 'loading';
  if (connection.ok) return 'ready';
  return connection.problems.some((problem) => problem.field === 'signIn')
    ? 'sign-in'
    : 'settings';
}
