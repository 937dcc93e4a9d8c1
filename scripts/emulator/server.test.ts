import { afterEach, describe, expect, it, vi } from 'vitest';

import { findMotoPython } from './python';
import { startMoto, type RunningEmulator } from './server';

// The port npm start uses in this worktree's checks; nothing else binds it.
const PORT = 5081;
let emulator: RunningEmulator | undefined;

afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

async function start(): Promise<RunningEmulator> {
  const found = findMotoPython();
  if ('error' in found) throw new Error(found.error);
  emulator = await startMoto({ python: found.python, port: PORT });
  return emulator;
}

describe('startMoto', () => {
  it('tells when the emulator exits while the app runs', async () => {
    const running = await start();
    const onExit = vi.fn();
    running.onUnexpectedExit(onExit);

    process.kill(running.pid, 'SIGKILL');

    await vi.waitFor(() => expect(onExit).toHaveBeenCalledOnce(), {
      timeout: 5000,
    });
    expect(onExit).toHaveBeenCalledWith('signal SIGKILL');
  }, 40_000);

  it('stays quiet when it is stopped on purpose', async () => {
    const running = await start();
    const onExit = vi.fn();
    running.onUnexpectedExit(onExit);

    await running.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(onExit).not.toHaveBeenCalled();
  }, 40_000);
});
