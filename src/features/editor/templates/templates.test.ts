import { describe, expect, it } from 'vitest';

import { fixture } from '@/model/fixtures';
import { validate } from '@/model/validate';

import { sleep10, sleep30 } from './container-templates';
import { templateText } from './job-template';
import { JOB_TEMPLATES } from './job-templates';

const byName = JOB_TEMPLATES.map(
  (template) => [template.name, template] as const,
);

describe('job templates', () => {
  it.each(byName)('%s has no issue as it stands', (_name, template) => {
    expect(validate(JSON.parse(templateText(template)))).toEqual([]);
  });

  it.each(byName)(
    '%s says which placeholder to replace when it uses the example account',
    (_name, template) => {
      if (templateText(template).includes('123456789012')) {
        expect(template.description).toContain('123456789012');
      }
    },
  );

  it.each([
    ['sleep10', sleep10],
    ['sleep30-tags', sleep30],
  ] as const)(
    '%s is the AWS documentation example, key for key',
    (name, template) => {
      expect(template.definition).toEqual(fixture(name));
    },
  );

  it('gives every template its own id', () => {
    const ids = JOB_TEMPLATES.map((template) => template.id);

    expect(new Set(ids).size).toBe(ids.length);
  });
});
