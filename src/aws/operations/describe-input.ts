import * as z from 'zod';

/** DescribeJobDefinitions input, as the app sends it. */
export const DescribeJobDefinitionsInput = z.object({
  jobDefinitionName: z.string().min(1).max(128).optional(),
  status: z.enum(['ACTIVE', 'INACTIVE']).optional(),
  maxResults: z.number().int().min(1).max(100).optional(),
  jobDefinitions: z.array(z.string().min(1)).max(100).optional(),
  nextToken: z.string().optional(),
});
export type DescribeJobDefinitionsInput = z.infer<
  typeof DescribeJobDefinitionsInput
>;

/** The filter of the paged list: one status, or every status. */
export interface JobDefinitionPagesInput {
  readonly status?: 'ACTIVE' | 'INACTIVE';
}

/**
 * A described job definition: the fields the app relies on are checked,
 * the rest is kept as the service sent it.
 */
export const DescribedJobDefinition = z.looseObject({
  jobDefinitionName: z.string(),
  jobDefinitionArn: z.string(),
  revision: z.number().int(),
  status: z.string().optional(),
  type: z.string(),
});
export type DescribedJobDefinition = z.infer<typeof DescribedJobDefinition>;

export const DescribeJobDefinitionsOutput = z.object({
  jobDefinitions: z.array(DescribedJobDefinition).default([]),
  nextToken: z.string().optional(),
});
