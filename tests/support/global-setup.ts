import { freshEmulator, launchEmulator } from './emulator';

/** Starts the local AWS emulator once for the whole end-to-end run. */
export default async function globalSetup(): Promise<void> {
  await launchEmulator();
  await freshEmulator();
}
