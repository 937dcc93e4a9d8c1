export const PARTS = [
  'validation',
  'load',
  'form',
  'json',
  'memory',
  'revisions',
] as const;

export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  readonly parts: ReadonlySet<Part>;
  /** Fewer runs and keystrokes: a quick look, not figures to quote. */
  readonly quick: boolean;
}

const isPart = (name: string): name is Part =>
  PARTS.some((part) => part === name);

/**
 * `--only PART[,PART]` runs those parts; `--quick` runs fewer times.
 * Throws a usage message on anything else.
 */
export function parseOptions(args: readonly string[]): BenchOptions {
  const parts = new Set<Part>();
  let quick = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--quick') {
      quick = true;
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? args[(index += 1)] : arg.slice(7);
      for (const name of (value ?? '').split(',')) {
        if (!isPart(name)) throw new Error(usage(`unknown part "${name}"`));
        parts.add(name);
      }
    } else {
      throw new Error(usage(`unknown option "${arg}"`));
    }
  }
  return { parts: parts.size > 0 ? parts : new Set(PARTS), quick };
}

function usage(problem: string): string {
  return `npm run bench: ${problem}.\nUsage: npm run bench -- [--quick] [--only ${PARTS.join('|')}[,...]]`;
}
