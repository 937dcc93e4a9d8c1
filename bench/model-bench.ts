import { readFileSync } from 'node:fs';

import { validate } from '@/model/validate';

import {
  largeEcsDefinition,
  largeMultiNodeDefinition,
} from './large-definitions';
import { summarize, timeCalls, type Summary } from './stats';

export interface ModelBench {
  readonly name: string;
  readonly bytes: number;
  readonly issues: number;
  readonly timing: Summary;
}

/** Validation time of the largest definitions, in Node. */
export function benchModel(runs = 500): ModelBench[] {
  const largestFixture: unknown = JSON.parse(
    readFileSync('src/model/fixtures/large-ecs-over-quota.json', 'utf8'),
  );
  const cases = [
    ['validate: largest fixture (35 KB ECS job)', largestFixture],
    ['validate: ECS, 10 containers x 50 env vars', largeEcsDefinition()],
    ['validate: multi-node, 5 ranges', largeMultiNodeDefinition()],
  ] as const;
  return cases.map(([name, definition]) => ({
    name,
    bytes: JSON.stringify(definition).length,
    issues: validate(definition).length,
    timing: summarize(timeCalls(() => validate(definition), runs)),
  }));
}
