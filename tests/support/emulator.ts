import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

import { findMotoPython } from '../../scripts/emulator/python';
import {
  createUser,
  resetEmulator,
  seedEmulator,
  writeConfig,
  type RuntimeConfig,
} from '../../scripts/emulator/seed';
import { startMoto, stopProcess } from '../../scripts/emulator/server';

/** The emulator the end-to-end tests use, apart from a developer's own. */
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 5055);
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
/** The runtime config the preview server hands the app as /config.json. */
export const CONFIG_FILE = '.emulator/e2e-config.json';
const PID_FILE = '.emulator/e2e-moto.pid';

/** Starts the emulator in the background and remembers its process id. */
export async function launchEmulator(): Promise<void> {
  const found = findMotoPython();
  if ('error' in found) throw new Error(found.error);
  mkdirSync('.emulator', { recursive: true });
  const emulator = await startMoto({
    python: found.python,
    port: EMULATOR_PORT,
    logFile: '.emulator/e2e-moto.log',
    detached: true,
  });
  writeFileSync(PID_FILE, String(emulator.pid));
}

/** Stops the emulator started by launchEmulator, as if it crashed. */
export async function stopEmulator(): Promise<void> {
  let pid: number | undefined;
  try {
    pid = Number(readFileSync(PID_FILE, 'utf8'));
  } catch {
    return;
  }
  await stopProcess(pid);
}

/**
 * Gives a test a fresh emulator: wipes it, creates the identity pool and user
 * pool, and points the app's runtime config at them.
 */
export async function freshEmulator(): Promise<RuntimeConfig> {
  await resetEmulator(EMULATOR_URL);
  const config = await seedEmulator(EMULATOR_URL);
  writeConfig(CONFIG_FILE, config);
  return config;
}

/** Creates a user who can sign in to the emulator's user pool. */
export async function addUser(
  config: RuntimeConfig,
  username: string,
  password: string,
): Promise<void> {
  if (!config.userPool) throw new Error('The emulator has no user pool.');
  await createUser(
    EMULATOR_URL,
    config.userPool.userPoolId,
    username,
    password,
  );
}
