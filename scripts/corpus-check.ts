import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkText } from '@/cli/check-text';
import { parseCorpusIndex } from '@/cli/corpus-index';
import type { CorpusEntry } from '@/cli/corpus-index';
import { judge } from '@/cli/corpus-verdict';
import type { Judgement } from '@/cli/corpus-verdict';

// Runs the command-line validator's pipeline over the shared corpus and
// compares each result with the verdict its INDEX.md records.
// Usage: npm run corpus [-- --strict]; CORPUS_DIR overrides the location.

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusDir =
  process.env.CORPUS_DIR ?? resolve(repoRoot, '../shared/corpus');
const indexFile = join(corpusDir, 'INDEX.md');
const isStrict = process.argv.includes('--strict');

function check(entry: CorpusEntry): Judgement {
  const path = join(corpusDir, entry.folder, entry.file);
  if (!existsSync(path)) {
    return {
      expected: entry.verdict ?? entry.folder,
      got: 'file missing',
      agrees: false,
    };
  }
  return judge(entry, checkText(entry.file, readFileSync(path, 'utf8')));
}

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ??
    [];
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

if (!existsSync(indexFile)) {
  process.stdout.write(`No corpus index at ${indexFile}; nothing to check.\n`);
  process.exit(0);
}

const entries = parseCorpusIndex(readFileSync(indexFile, 'utf8'));
const results = entries.map((entry) => ({ entry, judgement: check(entry) }));
const rows = results.map(({ entry, judgement }) => [
  `${entry.folder}/${entry.file}`,
  judgement.expected,
  judgement.got,
  judgement.agrees ? 'yes' : 'NO',
]);
const agreed = results.filter((r) => r.judgement.agrees).length;
const percent =
  results.length === 0 ? 100 : Math.round((agreed / results.length) * 100);

process.stdout.write(
  `${table([['file', 'expected', 'got', 'agree'], ...rows])}\n\n`,
);
process.stdout.write(
  `Agreement: ${agreed}/${results.length} files (${percent}%)\n`,
);
process.exitCode = isStrict && agreed < results.length ? 1 : 0;
