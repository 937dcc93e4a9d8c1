import * as z from 'zod';

import {
  DNS_POLICIES,
  EMPTY_DIR_MEDIA,
  IMAGE_PULL_POLICIES,
} from '../constants';
import { flag, integer, oneOf, stringList, stringMap, text } from './base';

const EksContainerEnvironmentVariable = z
  .strictObject({
    name: text(
      'Name of the environment variable. Names starting with AWS_BATCH are reserved.',
    ),
    value: text('Value of the environment variable.').optional(),
  })
  .meta({ description: 'An environment variable of the container.' });

const EksContainerResourceRequirements = z
  .strictObject({
    limits: stringMap(
      'Upper limits by resource: cpu (multiples of 0.25), memory (whole MiB such as "2048Mi"), nvidia.com/gpu (whole number).',
    ).optional(),
    requests: stringMap(
      'Amounts reserved by resource, same keys as limits. Copied from limits when omitted.',
    ).optional(),
  })
  .meta({ description: 'CPU, memory and GPUs of the container.' });

const EksContainerVolumeMount = z
  .strictObject({
    name: text('Name of the pod volume to mount.').optional(),
    mountPath: text('Path inside the container.').optional(),
    subPath: text('Sub-path inside the volume to mount.').optional(),
    readOnly: flag('Mount read-only. Default false.').optional(),
  })
  .meta({ description: 'A pod volume mounted into the container.' });

const EksContainerSecurityContext = z
  .strictObject({
    runAsUser: integer('User ID the container runs as.').optional(),
    runAsGroup: integer('Group ID the container runs as.').optional(),
    privileged: flag('Run the container privileged. Default false.').optional(),
    allowPrivilegeEscalation: flag(
      'Allow a process to gain more privileges than its parent. Default false.',
    ).optional(),
    readOnlyRootFilesystem: flag(
      'Make the root file system read-only. Default false.',
    ).optional(),
    runAsNonRoot: flag(
      'Refuse to start the container as user ID 0.',
    ).optional(),
  })
  .meta({ description: 'Security settings of the container.' });

const EksContainer = z
  .strictObject({
    name: text(
      'Name of the container, unique in the pod: lower-case letters, digits and hyphens, up to 63.',
    ).optional(),
    image: text('Image to run.'),
    imagePullPolicy: oneOf(
      IMAGE_PULL_POLICIES,
      'When to pull the image: Always, IfNotPresent or Never.',
    ).optional(),
    command: stringList(
      'Entrypoint of the container (not run in a shell); $(VAR) is expanded.',
    ).optional(),
    args: stringList('Arguments passed to the entrypoint.').optional(),
    env: z
      .array(EksContainerEnvironmentVariable)
      .meta({ description: 'Environment variables of the container.' })
      .optional(),
    resources: EksContainerResourceRequirements.optional(),
    volumeMounts: z
      .array(EksContainerVolumeMount)
      .meta({ description: 'Pod volumes mounted into the container.' })
      .optional(),
    securityContext: EksContainerSecurityContext.optional(),
  })
  .meta({
    id: 'EksContainer',
    description: 'A container of the Kubernetes pod.',
  });

const EksVolume = z
  .strictObject({
    name: text(
      'Name of the volume: a DNS subdomain name, used by volumeMounts.',
    ),
    hostPath: z
      .strictObject({
        path: text('Path of the file or directory on the node.').optional(),
      })
      .meta({ description: 'A path on the node.' })
      .optional(),
    emptyDir: z
      .strictObject({
        medium: oneOf(
          EMPTY_DIR_MEDIA,
          'Where the volume lives: "" for node disk (the default) or "Memory" for tmpfs.',
        ).optional(),
        sizeLimit: text(
          'Maximum size, such as "1Gi". No limit by default.',
        ).optional(),
      })
      .meta({
        description: 'A scratch directory that lives as long as the pod.',
      })
      .optional(),
    secret: z
      .strictObject({
        secretName: text('Name of the Kubernetes secret.'),
        optional: flag(
          'Start the pod even if the secret is missing.',
        ).optional(),
      })
      .meta({ description: 'A Kubernetes secret mounted as files.' })
      .optional(),
    persistentVolumeClaim: z
      .strictObject({
        claimName: text('Name of the persistent volume claim.'),
        readOnly: flag('Mount the claim read-only. Default false.').optional(),
      })
      .meta({ description: 'A persistent volume claim.' })
      .optional(),
  })
  .meta({ description: 'A volume of the pod; give exactly one source.' });

const EksPodProperties = z
  .strictObject({
    serviceAccountName: text(
      'Kubernetes service account the pod runs as (for IAM roles for service accounts).',
    ).optional(),
    hostNetwork: flag(
      'Use the network of the node. Default true; false gives the pod its own IP.',
    ).optional(),
    dnsPolicy: oneOf(
      DNS_POLICIES,
      'DNS policy: Default, ClusterFirst or ClusterFirstWithHostNet.',
    ).optional(),
    imagePullSecrets: z
      .array(
        z
          .strictObject({ name: text('Name of the image pull secret.') })
          .meta({ description: 'A secret used to pull images.' }),
      )
      .meta({
        description: 'Secrets used to pull images from private registries.',
      })
      .optional(),
    containers: z
      .array(EksContainer)
      .min(1, { error: 'Add at least one container.' })
      .max(10, { error: 'A pod can have at most 10 containers.' })
      .meta({ description: 'Containers of the pod: 1 to 10.' })
      .optional(),
    initContainers: z
      .array(EksContainer)
      .max(10, { error: 'A pod can have at most 10 init containers.' })
      .meta({
        description:
          'Containers that run to completion before the others: up to 10.',
      })
      .optional(),
    volumes: z
      .array(EksVolume)
      .meta({ description: 'Volumes of the pod.' })
      .optional(),
    metadata: z
      .strictObject({
        labels: stringMap('Labels attached to the pod.').optional(),
        annotations: stringMap('Annotations attached to the pod.').optional(),
        namespace: text(
          'Kubernetes namespace of the pod; not "default" and not starting with "kube".',
        ).optional(),
      })
      .meta({ description: 'Labels, annotations and namespace of the pod.' })
      .optional(),
    shareProcessNamespace: flag(
      "Let the containers of the pod see each other's processes.",
    ).optional(),
  })
  .meta({ description: 'The Kubernetes pod of the job.' });

/** `eksProperties`, and the `eksProperties` of a multi-node range. */
export const EksProperties = z
  .strictObject({ podProperties: EksPodProperties.optional() })
  .meta({
    id: 'EksProperties',
    description: 'A job that runs as a pod on Amazon EKS.',
  });
