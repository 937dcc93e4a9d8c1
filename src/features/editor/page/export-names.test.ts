import { describe, expect, it } from 'vitest';

import { exportFileName, registerCommand } from './export-names';

describe('exportFileName', () => {
  it('names the file after the job definition', () => {
    expect(exportFileName({ jobDefinitionName: 'nightly_report-2' })).toBe(
      'nightly_report-2.json',
    );
  });

  it.each([
    ['no name', {}],
    ['an empty name', { jobDefinitionName: '' }],
    ['a name AWS refuses', { jobDefinitionName: '../etc/passwd' }],
    ['a name that is not text', { jobDefinitionName: 7 }],
    ['no value at all', undefined],
  ])('falls back to job-definition.json for %s', (_case, value) => {
    expect(exportFileName(value)).toBe('job-definition.json');
  });
});

describe('registerCommand', () => {
  it('registers the file with --cli-input-json', () => {
    expect(registerCommand('sleep10.json')).toBe(
      'aws batch register-job-definition --cli-input-json file://sleep10.json',
    );
  });
});
