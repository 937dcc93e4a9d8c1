import type { IssuePath } from '../issue';
import { asRecord, asString, type JsonRecord } from '../view';
import { child, type Located, type Report } from './context';

const CPU = /^\d+(\.\d+)?$/;
const MEMORY = /^(\d+)Mi$/;

/** cpu, memory and GPU quantities of an EKS container, as AWS Batch reads them. */
export function containerResources(container: Located, report: Report): void {
  const resources = child(container, 'resources');
  const limits = asRecord(resources?.value.limits) ?? {};
  const requests = asRecord(resources?.value.requests) ?? {};
  const base: IssuePath = [...container.path, 'resources'];
  for (const [mapName, map] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [key, value] of Object.entries(map)) {
      quantity([...base, mapName, key], key, value, report);
    }
  }
  // A value of the wrong type is given all the same: the schema reports it.
  const given = (key: string) =>
    limits[key] !== undefined || requests[key] !== undefined;
  if (!given('cpu')) {
    report(
      base,
      'error',
      'eks-resources',
      'Give the container a cpu limit or request, such as "1".',
    );
  }
  if (!given('memory')) {
    report(
      base,
      'error',
      'eks-resources',
      'Give the container a memory limit or request, such as "2048Mi".',
    );
  }
  compare(base, limits, requests, report);
}

function quantity(
  path: IssuePath,
  key: string,
  value: unknown,
  report: Report,
): void {
  if (typeof value !== 'string') return;
  if (key === 'cpu') {
    const amount = Number(value);
    if (!CPU.test(value) || amount < 0.25 || !Number.isInteger(amount * 4)) {
      report(
        path,
        'error',
        'eks-cpu',
        'cpu is a number of vCPUs in steps of 0.25 (such as "0.5" or "2"); millicores like "500m" are not accepted.',
      );
    }
  } else if (key === 'memory') {
    const match = MEMORY.exec(value);
    if (!match || Number(match[1]) < 4) {
      report(
        path,
        'error',
        'eks-memory',
        'memory is a whole number of MiB with "Mi", at least "4Mi" (such as "2048Mi").',
      );
    }
  } else if (key === 'nvidia.com/gpu') {
    if (!/^\d+$/.test(value)) {
      report(
        path,
        'error',
        'eks-gpu',
        'nvidia.com/gpu is a whole number of GPUs, such as "1".',
      );
    }
  } else {
    report(
      path,
      'warning',
      'eks-resource-key',
      `AWS Batch schedules cpu, memory and nvidia.com/gpu; "${key}" is not one of them.`,
    );
  }
}

function compare(
  base: IssuePath,
  limits: JsonRecord,
  requests: JsonRecord,
  report: Report,
): void {
  const both = (key: string) => {
    const limit = asString(limits[key]);
    const request = asString(requests[key]);
    return limit !== undefined && request !== undefined
      ? { limit, request }
      : undefined;
  };
  const cpu = both('cpu');
  if (cpu && Number(cpu.request) > Number(cpu.limit)) {
    report(
      [...base, 'requests', 'cpu'],
      'error',
      'eks-cpu',
      'The cpu request cannot be more than the cpu limit.',
    );
  }
  for (const key of ['memory', 'nvidia.com/gpu']) {
    const pair = both(key);
    if (pair && pair.limit !== pair.request) {
      report(
        [...base, 'requests', key],
        'error',
        'eks-resources',
        `AWS Batch needs the ${key} request to equal the limit (${pair.limit}).`,
      );
    }
  }
}
