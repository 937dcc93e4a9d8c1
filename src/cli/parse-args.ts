/** Output formats of the validator. */
export type OutputFormat = 'text' | 'json';

/** What the command line asks for. */
export type CliRequest =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'check';
      readonly format: OutputFormat;
      readonly files: readonly string[];
    }
  | { readonly kind: 'usage-error'; readonly message: string };

function isFormat(value: string | undefined): value is OutputFormat {
  return value === 'text' || value === 'json';
}

/**
 * Reads `[--format json|text] FILE...`; `-` is standard input and `--` ends
 * the options.
 */
export function parseArgs(args: readonly string[]): CliRequest {
  const files: string[] = [];
  let format: OutputFormat = 'text';
  let isOptionsDone = false;

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (isOptionsDone || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      isOptionsDone = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value =
        arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!isFormat(value)) {
        return {
          kind: 'usage-error',
          message: `--format must be json or text, not ${value ?? 'nothing'}`,
        };
      }
      format = value;
    } else {
      return { kind: 'usage-error', message: `Unknown option ${arg}` };
    }
  }

  if (files.length === 0) {
    return { kind: 'usage-error', message: 'No file given' };
  }
  return { kind: 'check', format, files };
}
