import { vi } from 'vitest';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';
import type { RegisteredRevision } from '@/aws/operations/register-job-definition';
import type { JobDefinition } from '@/model/schema/job-definition';

import type { RegisterGateway } from '../register-flow';

export const SLEEP10 = {
  jobDefinitionName: 'sleep10',
  type: 'container',
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    resourceRequirements: [
      { type: 'MEMORY', value: '128' },
      { type: 'VCPU', value: '1' },
    ],
  },
};

/** How a described revision of SLEEP10 comes back from Batch. */
export function describedSleep10(revision: number): DescribedJobDefinition {
  return {
    ...SLEEP10,
    jobDefinitionArn: `arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:${revision}`,
    revision,
    status: 'ACTIVE',
    parameters: {},
    tags: {},
  };
}

/**
 * A Batch stand-in: it numbers registrations per name as AWS does, and
 * remembers the newest, so a second identical registration can be detected.
 */
export function fakeGateway() {
  const newest = new Map<string, DescribedJobDefinition>();
  const newestActive = vi.fn(async (name: string) => newest.get(name));
  const register = vi.fn(
    async (input: JobDefinition): Promise<RegisteredRevision> => {
      const revision = (newest.get(input.jobDefinitionName)?.revision ?? 0) + 1;
      const jobDefinitionArn = `arn:aws:batch:us-east-1:123456789012:job-definition/${input.jobDefinitionName}:${revision}`;
      newest.set(input.jobDefinitionName, {
        ...input,
        jobDefinitionArn,
        revision,
        status: 'ACTIVE',
      });
      return {
        jobDefinitionName: input.jobDefinitionName,
        jobDefinitionArn,
        revision,
      };
    },
  );
  const gateway: RegisterGateway = { newestActive, register };
  return { gateway, newestActive, register, newest };
}
