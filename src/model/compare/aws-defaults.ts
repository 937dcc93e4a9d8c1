/** A path inside a job definition; `*` stands for every item of a list. */
export type PathPattern = readonly (string | '*')[];

const CONTAINERS: readonly PathPattern[] = [
  ['containerProperties'],
  ['nodeProperties', 'nodeRangeProperties', '*', 'container'],
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
];

/**
 * Values AWS assumes when a field is left out, and may write back in
 * describe output: a field holding one of them says nothing new.
 */
export const AWS_DEFAULTS: readonly (readonly [PathPattern, unknown])[] = [
  [['propagateTags'], false],
  [['platformCapabilities'], ['EC2']],
  [['eksProperties', 'podProperties', 'hostNetwork'], true],
  [['eksProperties', 'podProperties', 'shareProcessNamespace'], false],
  ...CONTAINERS.flatMap((container) =>
    CONTAINER_DEFAULTS.map(([path, value]): readonly [PathPattern, unknown] => [
      [...container, ...path],
      value,
    ]),
  ),
];

/** Fields AWS sets and a request never carries. */
export const READ_ONLY_FIELDS: readonly string[] = [
  'jobDefinitionArn',
  'revision',
  'status',
  'containerOrchestrationType',
];
