import * as z from 'zod';

import {
  JOB_DEFINITION_TYPES,
  PLATFORM_CAPABILITIES,
  RETRY_ACTIONS,
} from '../constants';
import { flag, integer, oneOf, stringMap, text } from './base';
import { ConsumableResourceProperties } from './consumable';
import { ContainerProperties } from './container';
import { EcsProperties } from './ecs';
import { EksProperties } from './eks';
import { NodeProperties } from './node';

type RetryAction = (typeof RETRY_ACTIONS)[number];

// AWS treats the retry action case-insensitively and stores it upper-case.
const toRetryAction = (action: string): RetryAction =>
  action.toUpperCase() === 'EXIT' ? 'EXIT' : 'RETRY';

const EvaluateOnExit = z
  .strictObject({
    onStatusReason: text(
      'Pattern for the status reason: letters, digits, ".", ":" and spaces, optionally ending in "*"; up to 512 characters.',
    )
      .regex(/^[A-Za-z0-9.: \t]*\*?$/, {
        error:
          'Use only letters, digits, ".", ":" and spaces, with an optional "*" at the end.',
      })
      .max(512, { error: 'Must be at most 512 characters.' })
      .optional(),
    onReason: text(
      'Pattern for the reason: letters, digits, ".", ":" and spaces, optionally ending in "*"; up to 512 characters.',
    )
      .regex(/^[A-Za-z0-9.: \t]*\*?$/, {
        error:
          'Use only letters, digits, ".", ":" and spaces, with an optional "*" at the end.',
      })
      .max(512, { error: 'Must be at most 512 characters.' })
      .optional(),
    onExitCode: text(
      'Pattern for the exit code: digits, optionally ending in "*"; up to 512 characters.',
    )
      .regex(/^[0-9]*\*?$/, {
        error: 'Use only digits, with an optional "*" at the end.',
      })
      .max(512, { error: 'Must be at most 512 characters.' })
      .optional(),
    action: z
      .string()
      // Case-insensitive without the i flag: JSON Schema patterns carry no flags.
      .regex(/^([Rr][Ee][Tt][Rr][Yy]|[Ee][Xx][Ii][Tt])$/, {
        error: 'Use RETRY or EXIT.',
      })
      .transform(toRetryAction)
      .meta({
        description: 'What to do when every condition matches: RETRY or EXIT.',
        examples: [...RETRY_ACTIONS],
      }),
  })
  .meta({
    description: 'A condition on how an attempt ended, and what to do then.',
  });

const RetryStrategy = z
  .strictObject({
    attempts: integer('How many times the job may run: 1 to 10.')
      .min(1, { error: 'Must be from 1 to 10 (1 means no retries).' })
      .max(10, {
        error: 'Must be from 1 to 10: AWS allows at most 10 attempts.',
      })
      .optional(),
    evaluateOnExit: z
      .array(EvaluateOnExit)
      .max(5, { error: 'Give at most 5 conditions.' })
      .meta({
        description:
          'Up to 5 conditions that decide between retrying and giving up. Jobs that match none are retried.',
      })
      .optional(),
  })
  .meta({ description: 'When a failed job is tried again.' });

const JobTimeout = z
  .strictObject({
    attemptDurationSeconds: integer(
      'Seconds an attempt may run before Batch stops it; at least 60.',
    )
      .min(60, { error: 'Must be at least 60 seconds.' })
      .optional(),
  })
  .meta({ description: 'How long each attempt may run.' });

/** The RegisterJobDefinition request, field for field. */
export const RegisterJobDefinition = z
  .strictObject({
    jobDefinitionName: text(
      'Name of the job definition: up to 128 letters, digits, hyphens and underscores.',
    ).regex(/^[A-Za-z0-9_-]{1,128}$/, {
      error:
        'Use 1 to 128 letters, digits, hyphens (-) and underscores (_), with no spaces.',
    }),
    type: oneOf(
      JOB_DEFINITION_TYPES,
      'container for a single-node job, multinode for a multi-node parallel job.',
    ),
    parameters: stringMap(
      'Default values for "Ref::name" placeholders in the command; jobs can override them.',
    ).optional(),
    schedulingPriority: integer(
      'Priority with fair-share scheduling, 0 to 9999; higher runs first.',
    )
      .min(0, { error: 'Must be from 0 to 9999.' })
      .max(9999, { error: 'Must be from 0 to 9999.' })
      .optional(),
    containerProperties: ContainerProperties.optional(),
    nodeProperties: NodeProperties.optional(),
    retryStrategy: RetryStrategy.optional(),
    propagateTags: flag(
      'Copy the tags of the job and job definition to the ECS task. Not for EKS.',
    ).optional(),
    timeout: JobTimeout.optional(),
    tags: stringMap(
      'Tags of the job definition: 1 to 50, keys up to 128 and values up to 256 characters.',
    ).optional(),
    platformCapabilities: z
      .array(oneOf(PLATFORM_CAPABILITIES, 'EC2, FARGATE or MANAGED_INSTANCES.'))
      .meta({
        description:
          'Where the job runs: ["EC2"] (the default), ["FARGATE"] or ["MANAGED_INSTANCES"]. Not for EKS.',
      })
      .optional(),
    eksProperties: EksProperties.optional(),
    ecsProperties: EcsProperties.optional(),
    consumableResourceProperties: ConsumableResourceProperties.optional(),
  })
  .meta({
    title: 'AWS Batch RegisterJobDefinition request',
    description:
      'A job definition as sent to RegisterJobDefinition (aws batch register-job-definition --cli-input-json).',
  });

/** What a user writes: the request before the model's transforms. */
export type JobDefinitionInput = z.input<typeof RegisterJobDefinition>;
/** What the model hands to the SDK. */
export type JobDefinition = z.output<typeof RegisterJobDefinition>;
