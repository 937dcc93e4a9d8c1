/** A path inside a job definition; `*` stands for every item of a list. */
export type PathPattern = readonly (string | '*')[];

/** Where a container's properties sit in a job definition. */
export const CONTAINERS: readonly PathPattern[] = [
  ['containerProperties'],
  ['nodeProperties', 'nodeRangeProperties', '*', 'container'],
];

/** Where ECS task properties sit in a job definition. */
export const ECS_TASKS: readonly PathPattern[] = [
  ['ecsProperties', 'taskProperties', '*'],
  [
    'nodeProperties',
    'nodeRangeProperties',
    '*',
    'ecsProperties',
    'taskProperties',
    '*',
  ],
];

/** Where EKS pod properties sit in a job definition. */
export const EKS_PODS: readonly PathPattern[] = [
  ['eksProperties', 'podProperties'],
  [
    'nodeProperties',
    'nodeRangeProperties',
    '*',
    'eksProperties',
    'podProperties',
  ],
];

/**
 * Every list of environment variables, as `{ name, value }` entries: those
 * of containers, of ECS task containers (`environment`) and of EKS pod
 * containers (`env`).
 */
export const ENVIRONMENT_LISTS: readonly PathPattern[] = [
  ...CONTAINERS.map((container) => [...container, 'environment']),
  ...ECS_TASKS.map((task) => [...task, 'containers', '*', 'environment']),
  ...EKS_PODS.flatMap((pod) => [
    [...pod, 'containers', '*', 'env'],
    [...pod, 'initContainers', '*', 'env'],
  ]),
];

const CONTAINER_DEFAULTS: readonly (readonly [PathPattern, unknown])[] = [
  [['privileged'], false],
  [['readonlyRootFilesystem'], false],
  [['linuxParameters', 'initProcessEnabled'], false],
  [['networkConfiguration', 'assignPublicIp'], 'DISABLED'],
  [['fargatePlatformConfiguration', 'platformVersion'], 'LATEST'],
  [['runtimePlatform', 'operatingSystemFamily'], 'LINUX'],
  [['runtimePlatform', 'cpuArchitecture'], 'X86_64'],
  [['ephemeralStorage', 'sizeInGiB'], 20],
  [['mountPoints', '*', 'readOnly'], false],
  [['volumes', '*', 'efsVolumeConfiguration', 'transitEncryption'], 'DISABLED'],
  [
    ['volumes', '*', 'efsVolumeConfiguration', 'authorizationConfig', 'iam'],
    'DISABLED',
  ],
];

const ECS_TASK_DEFAULTS: readonly (readonly [PathPattern, unknown])[] = [
  [['platformVersion'], 'LATEST'],
  [['networkConfiguration', 'assignPublicIp'], 'DISABLED'],
  [['runtimePlatform', 'operatingSystemFamily'], 'LINUX'],
  [['runtimePlatform', 'cpuArchitecture'], 'X86_64'],
  [['ephemeralStorage', 'sizeInGiB'], 20],
  [['containers', '*', 'essential'], true],
  [['containers', '*', 'privileged'], false],
  [['containers', '*', 'readonlyRootFilesystem'], false],
  [['containers', '*', 'mountPoints', '*', 'readOnly'], false],
];

const EKS_POD_DEFAULTS: readonly (readonly [PathPattern, unknown])[] = [
  [['hostNetwork'], true],
  [['shareProcessNamespace'], false],
  ...['containers', 'initContainers'].flatMap(
    (list): (readonly [PathPattern, unknown])[] => [
      [[list, '*', 'securityContext', 'privileged'], false],
      [[list, '*', 'securityContext', 'allowPrivilegeEscalation'], false],
      [[list, '*', 'securityContext', 'readOnlyRootFilesystem'], false],
      [[list, '*', 'volumeMounts', '*', 'readOnly'], false],
    ],
  ),
];

function under(
  bases: readonly PathPattern[],
  defaults: readonly (readonly [PathPattern, unknown])[],
): (readonly [PathPattern, unknown])[] {
  return bases.flatMap((base) =>
    defaults.map(([path, value]): readonly [PathPattern, unknown] => [
      [...base, ...path],
      value,
    ]),
  );
}

/**
 * Values AWS assumes when a field is left out, and may write back in
 * describe output: a field holding one of them says nothing new. Sources:
 * the defaults documented for each field (shared/reference/batch-rules.md)
 * and what describe returns for a registered definition.
 */
export const AWS_DEFAULTS: readonly (readonly [PathPattern, unknown])[] = [
  [['propagateTags'], false],
  [['platformCapabilities'], ['EC2']],
  ...under(CONTAINERS, CONTAINER_DEFAULTS),
  ...under(ECS_TASKS, ECS_TASK_DEFAULTS),
  ...under(EKS_PODS, EKS_POD_DEFAULTS),
];

/** Fields AWS sets and a request never carries. */
export const READ_ONLY_FIELDS: readonly string[] = [
  'jobDefinitionArn',
  'revision',
  'status',
  'containerOrchestrationType',
];
