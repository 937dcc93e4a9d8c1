import { readFile } from './read-file';
import { runCli } from './run-cli';

try {
  const result = await runCli(process.argv.slice(2), readFile);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // A bug, not a user mistake: say so plainly, without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Internal error: ${message}\n`);
  process.exitCode = 2;
}
