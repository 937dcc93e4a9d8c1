import type { Issue } from '@/model/issue';
import { validate } from '@/model/validate';

import { checkText } from './check-text';
import type { FileReport } from './file-report';
import { countProblems } from './count-problems';
import { formatText } from './format-text';
import { parseArgs } from './parse-args';
import { USAGE } from './usage';

/** Reads a file's text; `-` means standard input. Rejects when unreadable. */
export type FileReader = (file: string) => Promise<string>;

/** What the process should print and return. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    return 'code' in error && typeof error.code === 'string'
      ? `${error.code}: ${error.message.replace(/^\w+: /, '')}`
      : error.message;
  }
  return String(error);
}

/**
 * The validator's command line without the process around it: arguments and
 * a file reader in, output and exit status out. `check` is the validator
 * (replaceable in tests).
 */
export async function runCli(
  args: readonly string[],
  readFile: FileReader,
  check: (request: unknown) => Issue[] = validate,
): Promise<CliResult> {
  const request = parseArgs(args);
  if (request.kind === 'help') {
    return { stdout: USAGE, stderr: '', exitCode: 0 };
  }
  if (request.kind === 'usage-error') {
    return {
      stdout: '',
      stderr: `${request.message}\n\n${USAGE}`,
      exitCode: 2,
    };
  }

  const reports: FileReport[] = [];
  const errors: string[] = [];
  for (const file of request.files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      const text = await readFile(file);
      reports.push(checkText(name, text, check));
    } catch (error) {
      errors.push(`${name}: cannot read the file (${reason(error)})\n`);
    }
  }

  const stdout =
    request.format === 'json'
      ? `${JSON.stringify(reports, null, 2)}\n`
      : formatText(reports, errors.length);
  const hasErrors = countProblems(reports).errors > 0;
  const exitCode = errors.length > 0 ? 2 : hasErrors ? 1 : 0;
  return { stdout, stderr: errors.join(''), exitCode };
}
