import { describe, expect, it } from 'vitest';

import * as consumable from './consumable';
import * as containers from './containers';
import * as ecs from './ecs';
import * as eks from './eks';
import { RULES } from './index';
import * as jobSettings from './job-settings';
import * as multinode from './multinode';
import * as pairing from './pairing';
import * as placeholders from './placeholders';
import * as platform from './platform';
import * as resources from './resources';
import * as volumes from './volumes';
import * as windows from './windows';

const MODULES = {
  consumable,
  containers,
  ecs,
  eks,
  jobSettings,
  multinode,
  pairing,
  placeholders,
  platform,
  resources,
  volumes,
  windows,
};

// A rule takes (context, report); helpers such as imageReference take more.
const exportedRules = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'function' && value.length === 2)
    .map(([name, rule]) => [`${module}.${name}`, rule] as const),
);

describe('RULES', () => {
  it.each(exportedRules)('runs %s', (_name, rule) => {
    expect(RULES).toContain(rule);
  });

  it('runs each rule once', () => {
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(RULES).toHaveLength(exportedRules.length);
  });
});
