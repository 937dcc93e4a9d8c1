import { describe, expect, it } from 'vitest';

import { normalizePaste } from './normalize-paste';

const arn = (revision: number, name = 'sleep') =>
  `arn:aws:batch:eu-west-1:123456789012:job-definition/${name}:${revision}`;

function described(revision: number, name = 'sleep') {
  return {
    jobDefinitionName: name,
    jobDefinitionArn: arn(revision, name),
    revision,
    status: 'ACTIVE',
    type: 'container',
    containerProperties: { image: `busybox:${revision}` },
  };
}

describe('normalizePaste with describe output', () => {
  it.each([
    { name: 'the whole response', value: { jobDefinitions: [described(1)] } },
    {
      name: 'an SDK response',
      value: { $metadata: { requestId: 'r' }, jobDefinitions: [described(1)] },
    },
    { name: 'a single job definition', value: described(1) },
  ])('turns $name into a request body', ({ value }) => {
    const result = normalizePaste(value);

    expect(result.shape).toBe('describe');
    expect(result.request).toEqual({
      jobDefinitionName: 'sleep',
      type: 'container',
      containerProperties: { image: 'busybox:1' },
    });
  });

  it.each([
    { key: 'jobDefinitionArn', extra: {}, message: 'Removed jobDefinitionArn' },
    { key: 'revision', extra: {}, message: 'Removed revision (1)' },
    { key: 'status', extra: {}, message: 'Removed status (ACTIVE)' },
    {
      key: 'containerOrchestrationType',
      extra: { containerOrchestrationType: 'ECS' },
      message: 'Removed containerOrchestrationType (ECS)',
    },
    {
      key: 'tags',
      extra: { tags: {} },
      message: 'Removed the empty tags object',
    },
  ])('reports removing $key', ({ key, extra, message }) => {
    const result = normalizePaste({
      jobDefinitions: [{ ...described(1), ...extra }],
    });
    const notice = result.notices.find((n) => n.path.at(-1) === key);

    expect(notice).toMatchObject({
      kind: 'stripped',
      path: ['jobDefinitions', 0, key],
    });
    expect(notice?.message).toContain(message);
    expect(result.request).not.toHaveProperty(key);
  });

  it('keeps tags that hold tags, and nested keys it does not know', () => {
    const value = {
      ...described(1),
      tags: { team: 'data' },
      containerProperties: { interfaceConfigurations: [] },
    };
    const result = normalizePaste(value);

    expect(result.request).toMatchObject({
      tags: { team: 'data' },
      containerProperties: { interfaceConfigurations: [] },
    });
  });

  it.each([
    {
      list: [2, 5, 3],
      revision: undefined,
      picked: 5,
      message: 'Checking revision 5 of "sleep", the newest of 3 revisions',
    },
    {
      list: [4],
      revision: undefined,
      picked: 4,
      message: 'Checking revision 4 of "sleep", the only one',
    },
    {
      list: [2, 5, 3],
      revision: 3,
      picked: 3,
      message: 'Checking revision 3 of "sleep", as asked (3 in the output)',
    },
    { list: [2, 5, 3], revision: 9, picked: 5, message: 'the newest of 3' },
  ])(
    'picks revision $picked of $list when asked for $revision',
    ({ list, revision, picked, message }) => {
      const result = normalizePaste(
        { jobDefinitions: list.map((r) => described(r)) },
        { revision },
      );
      const notice = result.notices.find((n) => n.kind === 'picked');

      expect(result.request).toMatchObject({
        containerProperties: { image: `busybox:${picked}` },
      });
      expect(notice?.message).toContain(message);
      expect(notice?.path).toEqual(['jobDefinitions', list.indexOf(picked)]);
    },
  );

  it('says when the asked revision is missing', () => {
    const result = normalizePaste(
      { jobDefinitions: [described(1)] },
      { revision: 7 },
    );

    expect(result.notices.map((n) => n.message)).toContain(
      'Revision 7 is not in the pasted output; the newest one is checked instead.',
    );
  });

  it('picks the newest revision of the first name when several names are present', () => {
    const list = [
      described(1, 'etl'),
      described(9, 'report'),
      described(2, 'etl'),
    ];
    const result = normalizePaste({ jobDefinitions: list });

    expect(result.request).toMatchObject({
      jobDefinitionName: 'etl',
      containerProperties: { image: 'busybox:2' },
    });
    expect(result.notices.map((n) => n.message).join(' ')).toContain(
      'other job definitions (report)',
    );
  });

  it.each([
    {
      name: 'an empty list',
      value: { jobDefinitions: [] },
      message: 'lists no job definitions',
    },
    {
      name: 'a paged response',
      value: { jobDefinitions: [described(1)], nextToken: 'abc' },
      message: 'nextToken',
    },
    {
      name: 'an inactive revision',
      value: { ...described(1), status: 'INACTIVE' },
      message: 'INACTIVE (deregistered)',
    },
  ])('adds an info notice for $name', ({ value, message }) => {
    const infos = normalizePaste(value).notices.filter(
      (n) => n.kind === 'info',
    );

    expect(infos.map((n) => n.message).join(' ')).toContain(message);
  });

  it.each([
    {
      value: { jobDefinitions: [described(1), described(2)] },
      path: ['containerProperties', 'image'],
      source: ['jobDefinitions', 1, 'containerProperties', 'image'],
    },
    {
      value: described(1),
      path: ['containerProperties', 'image'],
      source: ['containerProperties', 'image'],
    },
    { value: { jobDefinitions: [] }, path: [], source: ['jobDefinitions'] },
  ])('maps $path back to $source', ({ value, path, source }) => {
    expect(normalizePaste(value).sourcePath(path)).toEqual(source);
  });
});
