// Starts and stops moto's server (the local stand-in for AWS Batch and Cognito).
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';

export interface RunningEmulator {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
  /**
   * Called once if the emulator ends by itself (a crash, a kill), with its
   * exit code or signal; not when `stop` ends it.
   */
  onUnexpectedExit(listener: (description: string) => void): void;
}

interface StartOptions {
  readonly python: string;
  readonly port: number;
  readonly logFile?: string;
  /** Keep running after this process ends (the test setup stops it by pid). */
  readonly detached?: boolean;
}

/** Starts `python -m moto.server` on 127.0.0.1 and waits until it answers. */
export async function startMoto({
  python,
  port,
  logFile,
  detached = false,
}: StartOptions): Promise<RunningEmulator> {
  const output = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(
    python,
    ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    {
      stdio: ['ignore', output, output],
      detached,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  let isStopping = false;
  const exitListeners: ((description: string) => void)[] = [];
  child.on('exit', (code, signal) => {
    exited = true;
    if (isStopping) return;
    const description = signal ? `signal ${signal}` : `exit code ${code}`;
    for (const listener of exitListeners) listener(description);
  });
  const deadline = Date.now() + 30_000;
  while (!(await isUp(url))) {
    if (exited)
      throw new Error(
        `The emulator exited at start; see ${logFile ?? 'its output'}.`,
      );
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The emulator did not answer on ${url} within 30 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (detached) child.unref();
  return {
    url,
    pid: child.pid ?? -1,
    stop: () => {
      isStopping = true;
      return stopProcess(child.pid);
    },
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
  };
}

/** Whether something answers moto's own API on this URL. */
export async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/moto-api/data.json`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Ends a process and waits (up to 5 s) until it is gone. */
export async function stopProcess(pid: number | undefined): Promise<void> {
  if (!pid || pid < 0) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 50; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
