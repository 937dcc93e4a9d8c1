// `npm start` (run with tsx): the local AWS emulator (when Python can run it) and the Vite
// dev server, with a same-origin proxy from the app to the emulator.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import { findMotoPython } from './emulator/python';
import {
  createUser,
  seedEmulator,
  unavailableConfig,
  writeConfig,
} from './emulator/seed';
import { startMoto, type RunningEmulator } from './emulator/server';

const emulatorPort = Number(process.env.EMULATOR_PORT ?? 5000);
const appPort = Number(process.env.PORT ?? 5173);
const configFile = process.env.JOBDEF_RUNTIME_CONFIG ?? '.emulator/config.json';
const say = (line: string) => process.stdout.write(`[jobdef studio] ${line}\n`);

mkdirSync('.emulator', { recursive: true });
let emulator: RunningEmulator | undefined;
const found = findMotoPython(say);
if ('error' in found) {
  say(`Emulator unavailable: ${found.error}`);
  writeConfig(configFile, unavailableConfig(found.error));
} else {
  try {
    emulator = await startMoto({
      python: found.python,
      port: emulatorPort,
      logFile: '.emulator/moto.log',
    });
    const config = await seedEmulator(emulator.url);
    if (config.userPool) {
      await createUser(
        emulator.url,
        config.userPool.userPoolId,
        'demo@example.com',
        'Demo-passw0rd!',
      );
    }
    writeConfig(configFile, config);
    say(
      `Emulator (moto) running at ${emulator.url}; identity pool ${config.identityPoolId}.`,
    );
    say('A user pool user to sign in with: demo@example.com / Demo-passw0rd!');
    emulator.onUnexpectedExit((description) => {
      say(
        `The emulator (moto) stopped (${description}); the app keeps running, but registering and the revision views cannot reach AWS. See .emulator/moto.log; stop and run npm start again to bring it back.`,
      );
      // Settings and Register read this on the next page load.
      writeConfig(
        configFile,
        unavailableConfig(
          `The local AWS emulator stopped (${description}) while the app was running; run npm start again to restart it.`,
        ),
      );
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(`Emulator unavailable: ${reason}`);
    writeConfig(
      configFile,
      unavailableConfig(`The local AWS emulator did not start: ${reason}`),
    );
  }
}

const vite = spawn(
  'npx',
  ['vite', '--host', '127.0.0.1', '--port', String(appPort), '--strictPort'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      EMULATOR_PORT: String(emulatorPort),
      JOBDEF_RUNTIME_CONFIG: configFile,
    },
  },
);
say(`App at http://127.0.0.1:${appPort}`);

const shutdown = async () => {
  vite.kill('SIGTERM');
  await emulator?.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
vite.on('exit', async (code) => {
  await emulator?.stop();
  process.exit(code ?? 0);
});
