import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { checkText } from '@/cli/check-text';

export interface CliBench {
  readonly files: number;
  readonly runs: number;
  readonly definitionsPerSecond: number;
}

/** Files of the shared corpus (real job definitions), if it is beside the project. */
function corpusFiles(): { name: string; text: string }[] {
  const root = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
  const files: { name: string; text: string }[] = [];
  for (const folder of ['real', 'describe', 'paste']) {
    const dir = join(root, folder);
    try {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isFile())
          files.push({ name: path, text: readFileSync(path, 'utf8') });
      }
    } catch {
      // No corpus here: the benchmark says so.
    }
  }
  return files;
}

/** The command-line validator's pipeline (parse, normalise, validate, locate) over the corpus. */
export function benchCli(runs = 20): CliBench | undefined {
  const files = corpusFiles();
  if (files.length === 0) return undefined;
  for (const file of files) checkText(file.name, file.text);
  const start = performance.now();
  for (let run = 0; run < runs; run += 1) {
    for (const file of files) checkText(file.name, file.text);
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    files: files.length,
    runs,
    definitionsPerSecond: (files.length * runs) / seconds,
  };
}
