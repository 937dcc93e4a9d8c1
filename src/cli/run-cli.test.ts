import { describe, expect, it } from 'vitest';

import type { Issue } from '@/model/issue';

import { runCli } from './run-cli';
import type { FileReader } from './run-cli';

const FILES: Record<string, string> = {
  'broken.json': '{\n  "jobDefinitionName": "a",\n}',
  'list.json': '[1, 2]',
  'stdin-text': '{"a": ',
};

const reader: FileReader = (file) => {
  const text = FILES[file === '-' ? 'stdin-text' : file];
  return text === undefined
    ? Promise.reject(
        Object.assign(new Error(`ENOENT: no such file, open '${file}'`), {
          code: 'ENOENT',
        }),
      )
    : Promise.resolve(text);
};

describe('runCli', () => {
  it.each([
    {
      name: 'an unknown option',
      args: ['--fast', 'list.json'],
      stderr: 'Unknown option --fast',
    },
    { name: 'no file', args: ['--format', 'json'], stderr: 'No file given' },
    {
      name: 'a bad --format',
      args: ['--format', 'xml', 'list.json'],
      stderr: '--format must be json or text, not xml',
    },
    {
      name: 'a missing --format value',
      args: ['list.json', '--format'],
      stderr: '--format must be json or text, not nothing',
    },
  ])('exits 2 with the usage on $name', async ({ args, stderr }) => {
    const result = await runCli(args, reader);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(stderr);
    expect(result.stderr).toContain('Usage:');
    expect(result.stdout).toBe('');
  });

  it.each([['--help'], ['-h'], ['list.json', '--help']])(
    'prints the usage and exits 0 for %s',
    async (...args) => {
      const result = await runCli(args, reader);

      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(result.stdout).toContain('Usage: npm run --silent validate');
    },
  );

  it('exits 2 and names an unreadable file, still checking the others', async () => {
    const result = await runCli(['missing.json', 'broken.json'], reader);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      "missing.json: cannot read the file (ENOENT: no such file, open 'missing.json')\n",
    );
    expect(result.stdout).toContain('broken.json:2:27 error (syntax)');
    expect(result.stdout).toContain(
      '1 file: 1 error, 0 warnings (1 file with errors, 1 file not read)',
    );
  });

  it('exits 1 and prints one line per problem and a summary in text format', async () => {
    const result = await runCli(['broken.json', 'list.json'], reader);

    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'broken.json:2:27 error (syntax) Trailing comma before }: delete the comma',
      expect.stringMatching(/^list\.json:1:1 error \(root\) /),
      expect.stringMatching(
        /^2 files: \d+ errors?, \d+ warnings? \(2 files with errors\)$/,
      ),
      '',
    ]);
  });

  it('exits 1 and prints one entry per file in JSON format', async () => {
    const result = await runCli(['--format=json', 'broken.json', '-'], reader);
    const entries: unknown = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(1);
    expect(entries).toEqual([
      {
        file: 'broken.json',
        shape: null,
        parseError: {
          message: 'Trailing comma before }: delete the comma',
          line: 2,
          column: 27,
        },
        issues: [],
        notices: [],
      },
      {
        file: '<stdin>',
        shape: null,
        parseError: {
          message: 'Unexpected end of text: a value is missing',
          line: 1,
          column: 7,
        },
        issues: [],
        notices: [],
      },
    ]);
  });

  it('places issues of the JSON format with a formatted path', async () => {
    const result = await runCli(['--format', 'json', 'list.json'], reader);
    const [entry] = JSON.parse(result.stdout);

    expect(entry).toMatchObject({
      file: 'list.json',
      shape: 'unknown',
      parseError: null,
    });
    expect(entry.issues[0]).toMatchObject({
      severity: 'error',
      path: '(root)',
      line: 1,
      column: 1,
    });
  });

  it.each([
    {
      severity: 'warning',
      exitCode: 0,
      summary: '1 file: 0 errors, 1 warning',
    },
    {
      severity: 'error',
      exitCode: 1,
      summary: '1 file: 1 error, 0 warnings (1 file with errors)',
    },
  ] as const)(
    'exits $exitCode when the worst issue is a $severity',
    async ({ severity, exitCode, summary }) => {
      const check = (): Issue[] => [
        { path: ['jobDefinitionName'], code: 'x', severity, message: 'Look.' },
      ];

      const result = await runCli(
        ['ok.json'],
        () => Promise.resolve('{"jobDefinitionName": "ok"}'),
        check,
      );

      expect(result.exitCode).toBe(exitCode);
      expect(result.stdout).toBe(
        `ok.json:1:23 ${severity} jobDefinitionName Look.\n${summary}\n`,
      );
    },
  );

  it('prints the notes of a converted paste before its issues, in text format only', async () => {
    const text =
      '{"jobDefinitions": [{"jobDefinitionName": "a", "revision": 3}]}';
    const read = () => Promise.resolve(text);

    const asText = await runCli(['d.json'], read, () => []);
    const asJson = await runCli(['--format', 'json', 'd.json'], read, () => []);

    expect(asText.stdout).toContain(
      'd.json: note: Checking revision 3 of "a", the only one in the output. (at jobDefinitions[0], line 1)',
    );
    expect(asText.stdout).toMatch(
      /note: Removed revision \(3\).*\n1 file: 0 errors, 0 warnings\n$/,
    );
    expect(JSON.parse(asJson.stdout)[0].notices).toHaveLength(2);
  });
});
