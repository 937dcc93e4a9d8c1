import {
  ec2Container,
  fargateContainer,
  sleep10,
  sleep30,
} from './container-templates';
import type { JobTemplate } from './job-template';
import { eksPod, multiContainerEcs, multiNode } from './orchestrated-templates';

/** Every template, in the order "New from template" lists them. */
export const JOB_TEMPLATES: readonly JobTemplate[] = [
  ec2Container,
  fargateContainer,
  eksPod,
  multiNode,
  multiContainerEcs,
  sleep10,
  sleep30,
];

/** What a first visit starts with. */
export const STARTER_TEMPLATE: JobTemplate = ec2Container;
