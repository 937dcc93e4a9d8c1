import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'jobdef-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync(
    join('node_modules', '.bin', 'tsx'),
    ['src/cli/main.ts', ...args],
    {
      encoding: 'utf8',
      input,
      timeout: 30_000,
    },
  );
}

describe('the validate command', () => {
  it('reports a syntax error of a real file at its line and column and exits 1', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      '{\n  "jobDefinitionName": "sleep"\n  "type": "container"\n}\n',
    );

    const result = run([file]);

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${file}:3:3 error (syntax) A comma is missing before "type"\n1 file: 1 error, 0 warnings (1 file with errors)\n`,
    );
    expect(result.status).toBe(1);
  }, 30_000);

  it('reads standard input for - and prints JSON', () => {
    const result = run(['--format', 'json', '-'], '[1,]');

    expect(JSON.parse(result.stdout)).toMatchObject([
      { file: '<stdin>', parseError: { line: 1, column: 3 } },
    ]);
    expect(result.status).toBe(1);
  }, 30_000);

  it('exits 2 without a stack trace for a file that does not exist', () => {
    const result = run([join(dir, 'missing.json')]);

    expect(result.stderr).toMatch(
      /missing\.json: cannot read the file \(ENOENT/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
  }, 30_000);
});
