import { useDraftValueSelector } from '@/draft/draft-context';

const FIRST_PLATFORM = ['platformCapabilities', 0];

/** The platform the job asks for: its first platformCapabilities entry, EC2 by default. */
export function usePlatform(): string {
  return useDraftValueSelector(FIRST_PLATFORM, (first) =>
    typeof first === 'string' ? first : 'EC2',
  );
}
