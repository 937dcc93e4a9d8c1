import { asRecord, asString } from '../view';
import { imageReference } from './containers';
import { containerResources } from './eks-resources';
import {
  child,
  located,
  type Located,
  type Report,
  type Rule,
} from './context';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'secret',
  'persistentVolumeClaim',
];

/** Containers, volumes, mounts and metadata of each EKS pod. */
export const eksPod: Rule = ({ pods }, report) => {
  for (const pod of pods) {
    const containers = [
      ...located([...pod.path, 'containers'], pod.value.containers),
      ...located([...pod.path, 'initContainers'], pod.value.initContainers),
    ];
    if (pod.value.containers === undefined) {
      report(
        [...pod.path, 'containers'],
        'error',
        'eks-containers',
        'Add at least one container to the pod.',
      );
    }
    const volumes = podVolumes(pod, report);
    const names = new Set<string>();
    for (const container of containers) {
      const name = asString(container.value.name);
      if (name !== undefined) {
        if (names.has(name)) {
          report(
            [...container.path, 'name'],
            'error',
            'eks-container-name',
            `Another container of this pod is named "${name}": names must be unique.`,
          );
        } else if (!DNS_LABEL.test(name) || name.length > 63) {
          report(
            [...container.path, 'name'],
            'warning',
            'eks-container-name',
            'Kubernetes expects lower-case letters, digits and hyphens (up to 63), starting and ending with a letter or digit.',
          );
        }
        names.add(name);
      }
      for (const mount of located(
        [...container.path, 'volumeMounts'],
        container.value.volumeMounts,
      )) {
        const volume = asString(mount.value.name);
        if (volume !== undefined && !volumes.has(volume)) {
          report(
            [...mount.path, 'name'],
            'error',
            'eks-volume-mount',
            `The pod has no volume named "${volume}".`,
          );
        }
      }
      containerResources(container, report);
      for (const variable of located(
        [...container.path, 'env'],
        container.value.env,
      )) {
        const variableName = asString(variable.value.name);
        if (variableName?.toUpperCase().startsWith('AWS_BATCH')) {
          report(
            [...variable.path, 'name'],
            'error',
            'reserved-env',
            'Names starting with AWS_BATCH are reserved for AWS Batch: rename the variable.',
          );
        }
      }
      imageReference(
        [...container.path, 'image'],
        asString(container.value.image),
        report,
      );
    }
    metadata(pod, report);
    located(
      [...pod.path, 'imagePullSecrets'],
      pod.value.imagePullSecrets,
    ).forEach((secret) => {
      const name = asString(secret.value.name);
      if (
        name !== undefined &&
        (!DNS_SUBDOMAIN.test(name) || name.length > 253)
      ) {
        report(
          [...secret.path, 'name'],
          'error',
          'eks-name',
          'Secret names are lower-case letters, digits, "-" and ".", up to 253, starting and ending with a letter or digit.',
        );
      }
    });
  }
};

function podVolumes(pod: Located, report: Report): Set<string> {
  const names = new Set<string>();
  for (const volume of located([...pod.path, 'volumes'], pod.value.volumes)) {
    const name = asString(volume.value.name);
    if (name !== undefined) {
      if (names.has(name)) {
        report(
          [...volume.path, 'name'],
          'error',
          'eks-volume',
          `Another volume of this pod is named "${name}".`,
        );
      } else if (!DNS_SUBDOMAIN.test(name) || name.length > 253) {
        report(
          [...volume.path, 'name'],
          'warning',
          'eks-volume',
          'Kubernetes expects volume names of lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.',
        );
      }
      names.add(name);
    }
    const sources = VOLUME_SOURCES.filter(
      (key) => volume.value[key] !== undefined,
    );
    if (sources.length !== 1) {
      report(
        volume.path,
        'error',
        'eks-volume',
        sources.length === 0
          ? `Give the volume a source: one of ${VOLUME_SOURCES.join(', ')}.`
          : `Give the volume one source, not ${sources.join(' and ')}.`,
      );
    }
  }
  return names;
}

function metadata(pod: Located, report: Report): void {
  const meta = child(pod, 'metadata');
  if (!meta) return;
  const namespace = asString(meta.value.namespace);
  if (namespace !== undefined) {
    const path = [...meta.path, 'namespace'];
    if (!DNS_LABEL.test(namespace) || namespace.length > 63) {
      report(
        path,
        'error',
        'eks-namespace',
        'A namespace is 1 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit.',
      );
    } else if (namespace === 'default' || namespace.startsWith('kube')) {
      report(
        path,
        'error',
        'eks-namespace',
        'AWS Batch cannot use the "default" namespace or one starting with "kube".',
      );
    }
  }
  for (const [key, value] of Object.entries(
    asRecord(meta.value.annotations) ?? {},
  )) {
    const path = [...meta.path, 'annotations', key];
    if (!validAnnotationKey(key)) {
      report(
        path,
        'error',
        'eks-annotation',
        'An annotation key is an optional DNS prefix and "/", then up to 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit.',
      );
    }
    if (typeof value === 'string' && value.length > 255) {
      report(
        path,
        'error',
        'eks-annotation',
        'An annotation value can be at most 255 characters.',
      );
    }
  }
}

function validAnnotationKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = key.slice(slash + 1);
  if (
    prefix !== undefined &&
    (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))
  )
    return false;
  return (
    name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name)
  );
}
