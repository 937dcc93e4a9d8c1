/**
 * Value lists of the Batch API: the enums of the SDK model and the values that
 * are only documented in prose. Shared by the schema, the rules and the form.
 */

export const JOB_DEFINITION_TYPES = ['container', 'multinode'] as const;
export const PLATFORM_CAPABILITIES = [
  'EC2',
  'FARGATE',
  'MANAGED_INSTANCES',
] as const;
export const RESOURCE_TYPES = ['GPU', 'VCPU', 'MEMORY'] as const;
export const LOG_DRIVERS = [
  'json-file',
  'syslog',
  'journald',
  'gelf',
  'fluentd',
  'awslogs',
  'splunk',
  'awsfirelens',
] as const;
export const FARGATE_LOG_DRIVERS: readonly string[] = ['awslogs', 'splunk'];
export const DEVICE_PERMISSIONS = ['READ', 'WRITE', 'MKNOD'] as const;
export const ENABLED_DISABLED = ['ENABLED', 'DISABLED'] as const;
export const FIRELENS_TYPES = ['fluentd', 'fluentbit'] as const;
export const RETRY_ACTIONS = ['RETRY', 'EXIT'] as const;

export const ULIMIT_NAMES = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
] as const;

export const TMPFS_MOUNT_OPTIONS: readonly string[] = [
  'defaults',
  'ro',
  'rw',
  'suid',
  'nosuid',
  'dev',
  'nodev',
  'exec',
  'noexec',
  'sync',
  'async',
  'dirsync',
  'remount',
  'mand',
  'nomand',
  'atime',
  'noatime',
  'diratime',
  'nodiratime',
  'bind',
  'rbind',
  'unbindable',
  'runbindable',
  'private',
  'rprivate',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'relatime',
  'norelatime',
  'strictatime',
  'nostrictatime',
  'mode',
  'uid',
  'gid',
  'nr_inodes',
  'nr_blocks',
  'mpol',
];

export const OPERATING_SYSTEM_FAMILIES = [
  'LINUX',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2022_FULL',
] as const;
export const CPU_ARCHITECTURES = ['X86_64', 'ARM64'] as const;
export const FARGATE_PLATFORM_VERSIONS: readonly string[] = [
  'LATEST',
  '1.4.0',
  '1.3.0',
];
export const IPC_MODES = ['host', 'task', 'none'] as const;
export const PID_MODES = ['host', 'task'] as const;
export const NETWORK_MODES = ['host'] as const;
export const DEPENDENCY_CONDITIONS = ['START', 'COMPLETE', 'SUCCESS'] as const;
export const DNS_POLICIES = [
  'Default',
  'ClusterFirst',
  'ClusterFirstWithHostNet',
] as const;
export const IMAGE_PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
export const EMPTY_DIR_MEDIA = ['', 'Memory'] as const;
export const EKS_RESOURCE_KEYS: readonly string[] = [
  'cpu',
  'memory',
  'nvidia.com/gpu',
];

/** AWS's "Maximum job definition size" quota, in bytes of JSON. */
export const MAX_JOB_DEFINITION_BYTES = 24 * 1024;
