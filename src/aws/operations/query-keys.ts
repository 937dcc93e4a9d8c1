import type {
  DescribeJobDefinitionsInput,
  JobDefinitionPagesInput,
} from './describe-input';

/** The runtime config, fetched once per page load. */
export const runtimeConfigKey = ['runtime-config'] as const;

/**
 * Keys of job definition queries. Every key starts with the connection id,
 * so nothing cached under one account or user is shown under another.
 */
export const jobDefinitionKeys = {
  all: (connectionId: string) =>
    ['aws', connectionId, 'job-definitions'] as const,
  lists: (connectionId: string) =>
    [...jobDefinitionKeys.all(connectionId), 'list'] as const,
  list: (connectionId: string, input: DescribeJobDefinitionsInput) =>
    [...jobDefinitionKeys.lists(connectionId), input] as const,
  /** Pages of 100 revisions, loaded one at a time, for one status filter. */
  pages: (connectionId: string, input: JobDefinitionPagesInput) =>
    [...jobDefinitionKeys.lists(connectionId), 'pages', input] as const,
  newestActive: (connectionId: string, name: string) =>
    [...jobDefinitionKeys.all(connectionId), 'newest-active', name] as const,
  /** Every revision of one name, any status. */
  revisions: (connectionId: string, name: string) =>
    [...jobDefinitionKeys.all(connectionId), 'revisions', name] as const,
  /** One revision of one name. */
  revision: (connectionId: string, name: string, revision: number) =>
    [
      ...jobDefinitionKeys.all(connectionId),
      'revision',
      name,
      revision,
    ] as const,
};
