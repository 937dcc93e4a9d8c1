import { useDraftSelector } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';

/** The platform the job asks for: its first platformCapabilities entry, EC2 by default. */
export function usePlatform(): string {
  return useDraftSelector((state) => {
    const first = valueAt(state.value, ['platformCapabilities', 0]);
    return typeof first === 'string' ? first : 'EC2';
  });
}
