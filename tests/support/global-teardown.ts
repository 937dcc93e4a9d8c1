import { stopEmulator } from './emulator';

export default async function globalTeardown(): Promise<void> {
  await stopEmulator();
}
