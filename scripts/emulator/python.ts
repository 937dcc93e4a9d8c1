// Finds a Python that can run moto's server: the machine's own when moto is
// installed there, else a virtual environment of the project's own, made on
// first use with a pinned moto from pip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const MOTO_REQUIREMENT = 'moto[server]==5.2.1';

const VENV = join('.emulator', 'venv');
const VENV_PYTHON = join(VENV, 'bin', 'python');

function hasMoto(python: string): boolean {
  const result = spawnSync(python, ['-c', 'import moto.server'], {
    stdio: 'ignore',
  });
  return result.status === 0;
}

/** The Python to run moto with, or `{ error }` saying plainly why there is none. */
export function findMotoPython(
  log: (line: string) => void = () => {},
): { python: string } | { error: string } {
  if (hasMoto('python3')) return { python: 'python3' };
  if (existsSync(VENV_PYTHON) && hasMoto(VENV_PYTHON))
    return { python: VENV_PYTHON };

  const version = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    return {
      error:
        'Python 3 is not installed, so the local AWS emulator (moto) cannot run.',
    };
  }
  log(`Installing ${MOTO_REQUIREMENT} into ${VENV} (first start only)...`);
  const venv = spawnSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  if (venv.status !== 0) {
    return {
      error:
        'Could not create a Python virtual environment for the emulator (python3 -m venv failed).',
    };
  }
  const pip = spawnSync(
    VENV_PYTHON,
    ['-m', 'pip', 'install', '--quiet', MOTO_REQUIREMENT],
    {
      stdio: 'inherit',
    },
  );
  if (pip.status !== 0 || !hasMoto(VENV_PYTHON)) {
    return {
      error: `Could not install ${MOTO_REQUIREMENT} with pip (is PyPI reachable?).`,
    };
  }
  return { python: VENV_PYTHON };
}
