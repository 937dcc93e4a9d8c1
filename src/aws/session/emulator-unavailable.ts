import type { AwsContextValue } from './aws-context';

/**
 * Why the local emulator cannot be used, in a sentence, when `npm start`
 * said it is not running (it never started, or it stopped) and the user has
 * not chosen an identity pool of their own; undefined otherwise.
 */
export function emulatorUnavailable(
  aws: Pick<AwsContextValue, 'runtime' | 'overrides'>,
): string | undefined {
  const emulator = aws.runtime?.config.emulator;
  if (emulator?.status !== 'unavailable' || aws.overrides.identityPoolId)
    return undefined;
  const why = emulator.message ? `${emulator.message} ` : '';
  return `${why}The local emulator is not running: start it again with npm start, or connect to AWS in Settings.`;
}
