import { readFile as readFromDisk } from 'node:fs/promises';

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file as UTF-8 text, or standard input for `-`. */
export function readFile(file: string): Promise<string> {
  return file === '-' ? readStandardInput() : readFromDisk(file, 'utf8');
}
