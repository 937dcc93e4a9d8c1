import type { IssuePath } from '../issue';
import { formatPath } from '../path';
import { cloudFormationPath } from './cloudformation-path';
import { coerceScalars } from './coerce-scalars';
import { convertCloudFormation } from './convert-cloudformation';
import { JOB_DEFINITION_RESOURCE } from './detect-shape';
import { isRecord } from './is-record';
import type { NormalizedPaste } from './normalized-paste';
import type { Notice } from './notice';

interface Located {
  readonly properties: unknown;
  readonly at: IssuePath;
  readonly notices: Notice[];
}

function locate(value: Record<string, unknown>): Located {
  const resources = value.Resources;
  if (!isRecord(resources)) {
    return value.Type === JOB_DEFINITION_RESOURCE
      ? { properties: value.Properties, at: ['Properties'], notices: [] }
      : { properties: value, at: [], notices: [] };
  }

  const ids = Object.keys(resources).filter((id) => {
    const resource = resources[id];
    return isRecord(resource) && resource.Type === JOB_DEFINITION_RESOURCE;
  });
  const [id] = ids;
  if (id === undefined) {
    const message = `The template has no ${JOB_DEFINITION_RESOURCE} resource, so there is nothing to check.`;
    return {
      properties: undefined,
      at: ['Resources'],
      notices: [{ kind: 'info', path: ['Resources'], message }],
    };
  }

  const resource = resources[id];
  const which =
    ids.length === 1
      ? `the only ${JOB_DEFINITION_RESOURCE} resource in the template`
      : `the first of ${ids.length} ${JOB_DEFINITION_RESOURCE} resources in the template (the others: ${ids.slice(1).join(', ')})`;
  const notice: Notice = {
    kind: 'picked',
    path: ['Resources', id],
    message: `Checking resource ${id}, ${which}.`,
  };
  return {
    properties: isRecord(resource) ? resource.Properties : undefined,
    at: ['Resources', id, 'Properties'],
    notices: [notice],
  };
}

/**
 * Turns a CloudFormation template, an AWS::Batch::JobDefinition resource or
 * its bare Properties into a request body, and maps request paths back to the
 * template.
 */
export function normalizeCloudFormation(
  value: Record<string, unknown>,
): NormalizedPaste {
  const { properties, at, notices } = locate(value);
  const conversion = convertCloudFormation(properties, at);
  notices.push(...conversion.notices);

  if (conversion.renamed > 0) {
    const message = `Converted ${conversion.renamed} CloudFormation property names to the API's camelCase names, such as ${conversion.example}; the keys of tags, parameters, options, labels, annotations, limits and requests are kept as written.`;
    notices.push({ kind: 'converted', path: at, message });
  }
  const coerced = coerceScalars(conversion.request);
  if (coerced.length > 0) {
    const message = `Wrote ${coerced.length} numbers or booleans as strings where the API wants strings (such as ${formatPath(coerced[0] ?? [])}), as CloudFormation does when it deploys.`;
    notices.push({ kind: 'converted', path: at, message });
  }
  if (isRecord(properties) && !Object.hasOwn(properties, 'JobDefinitionName')) {
    const message =
      'CloudFormation names a job definition itself when JobDefinitionName is left out; the API needs a name.';
    notices.push({ kind: 'info', path: at, message });
  }

  return {
    shape: 'cloudformation',
    request: conversion.request,
    notices,
    sourcePath: (path) => [...at, ...cloudFormationPath(properties, path)],
    unresolvedPaths: conversion.unresolvedPaths,
  };
}
