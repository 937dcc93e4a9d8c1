import { describe, expect, it } from 'vitest';

import { looksLikeYaml, pasteNotice } from './paste-notice';

describe('pasteNotice', () => {
  it('names pasted YAML and says to convert it to JSON', () => {
    const notice = pasteNotice({
      shape: 'unknown',
      text: 'Resources:\n  Job:\n    Type: AWS::Batch::JobDefinition\n',
      notices: [],
      isChanged: false,
    });

    expect(notice.header).toBe('Pasted YAML: the editor reads JSON only');
    expect(notice.content).toMatch(/Convert it to JSON first/);
  });

  it('keeps the general warning for other text', () => {
    const notice = pasteNotice({
      shape: 'unknown',
      text: '{ "jobDefinitionName": ',
      notices: [],
      isChanged: false,
    });

    expect(notice.header).toBe('Pasted text that is not a job definition');
  });
});

describe('looksLikeYaml', () => {
  it.each([
    ['AWSTemplateFormatVersion: "2010-09-09"\nResources: {}', true],
    ['# a template\n---\nResources:', true],
    ['jobDefinitionName: x', true],
    ['{"jobDefinitionName": "x"}', false],
    ['[1, 2]', false],
    ['sleep 10', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(looksLikeYaml(text)).toBe(expected);
  });
});
