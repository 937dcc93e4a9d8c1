import { describe, expect, it } from 'vitest';

import { normalizePaste } from './normalize-paste';

// Found by normalize-paste.property.test.ts: a paste that mixes two shapes
// came out as another shape, so normalising the output changed it again.
describe('normalizePaste on a paste that mixes two shapes', () => {
  it('converts a described job definition written with CloudFormation names', () => {
    const pasted = { PropagateTags: true, revision: 2 };

    const result = normalizePaste(pasted);

    expect(result.shape).toBe('describe');
    expect(result.request).toEqual({ propagateTags: true });
    expect(normalizePaste(result.request).request).toEqual(result.request);
    expect(result.sourcePath(['propagateTags'])).toEqual(['PropagateTags']);
    expect(result.notices.map((notice) => notice.path)).toEqual([
      ['revision'],
      [],
      [],
    ]);
  });

  it('strips a read-only revision from CloudFormation properties, pointing into the template', () => {
    const pasted = {
      Type: 'AWS::Batch::JobDefinition',
      Properties: { JobDefinitionName: 'x', Type: 'container', Revision: 4 },
    };

    const result = normalizePaste(pasted);

    expect(result.shape).toBe('cloudformation');
    expect(result.request).toEqual({
      jobDefinitionName: 'x',
      type: 'container',
    });
    expect(result.sourcePath(['type'])).toEqual(['Properties', 'Type']);
    expect(result.notices).toContainEqual(
      expect.objectContaining({
        kind: 'stripped',
        path: ['Properties', 'Revision'],
      }),
    );
  });
});
