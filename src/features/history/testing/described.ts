import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

/** A described revision as DescribeJobDefinitions returns it. */
export function described(
  name: string,
  revision: number,
  status: 'ACTIVE' | 'INACTIVE' = 'ACTIVE',
  more: Record<string, unknown> = {},
): DescribedJobDefinition {
  return {
    jobDefinitionName: name,
    jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/${name}:${revision}`,
    revision,
    status,
    type: 'container',
    containerProperties: {
      image: `busybox:${revision}`,
      resourceRequirements: [
        { type: 'VCPU', value: '1' },
        { type: 'MEMORY', value: '2048' },
      ],
    },
    ...more,
  };
}
