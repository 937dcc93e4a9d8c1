import {
  ec2Fields,
  fargateFields,
  managedInstancesFields,
  platformCapabilities,
} from './platform';
import {
  containerContents,
  containerUsers,
  roleArns,
  ulimitPairs,
} from './containers';
import type { Rule } from './context';
import { consumableResources } from './consumable';
import { ecsTask, fargateTaskUlimits } from './ecs';
import { eksPod } from './eks';
import {
  requestSize,
  retryStrategy,
  tags,
  timeoutSettings,
  unusedParameters,
} from './job-settings';
import { nodeInstanceTypes, nodeNamespaces, nodeRanges } from './multinode';
import { nodeRangeBlocks, typeAndProperties } from './pairing';
import { placeholders } from './placeholders';
import {
  fargateSizes,
  gpuImageWithoutGpu,
  legacyResources,
  requiredResources,
  resourceValues,
} from './resources';
import { ecsVolumes, tmpfsMounts } from './volumes';
import { windowsContainers } from './windows';

/** Every cross-field rule, in the order their issues are listed. */
export const RULES: readonly Rule[] = [
  typeAndProperties,
  nodeRangeBlocks,
  platformCapabilities,
  fargateFields,
  ec2Fields,
  managedInstancesFields,
  resourceValues,
  legacyResources,
  requiredResources,
  fargateSizes,
  gpuImageWithoutGpu,
  nodeRanges,
  nodeInstanceTypes,
  nodeNamespaces,
  ecsTask,
  fargateTaskUlimits,
  eksPod,
  containerContents,
  roleArns,
  containerUsers,
  ulimitPairs,
  ecsVolumes,
  tmpfsMounts,
  windowsContainers,
  retryStrategy,
  timeoutSettings,
  tags,
  unusedParameters,
  consumableResources,
  requestSize,
  placeholders,
];
