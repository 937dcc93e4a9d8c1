import { describe, expect, it } from 'vitest';

import { awsContextValue } from '../testing/aws-context-value';
import { emulatorUnavailable } from './emulator-unavailable';

describe('emulatorUnavailable', () => {
  it('says the emulator stopped, with why and what to do', () => {
    const aws = awsContextValue({
      config: {
        emulator: {
          status: 'unavailable',
          message: 'The emulator stopped (signal SIGKILL).',
        },
      },
    });

    expect(emulatorUnavailable(aws)).toBe(
      'The emulator stopped (signal SIGKILL). The local emulator is not running: start it again with npm start, or connect to AWS in Settings.',
    );
  });

  it('says nothing while it runs, without an emulator, or once the user chose a pool', () => {
    expect(
      emulatorUnavailable(
        awsContextValue({ config: { emulator: { status: 'running' } } }),
      ),
    ).toBeUndefined();
    expect(emulatorUnavailable(awsContextValue())).toBeUndefined();
    expect(
      emulatorUnavailable({
        ...awsContextValue({ config: { emulator: { status: 'unavailable' } } }),
        overrides: {
          identityPoolId: 'us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
        },
      }),
    ).toBeUndefined();
  });
});
