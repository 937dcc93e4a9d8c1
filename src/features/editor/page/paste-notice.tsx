import type { PasteShape } from '@/model/shapes/detect-shape';

import type { PasteConversion } from '../convert-paste';
import type { FlashMessage } from './use-flash';

const SHAPE_NAMES: Record<PasteShape, string> = {
  request: 'a RegisterJobDefinition request body',
  describe: 'describe-job-definitions output',
  cloudformation: 'a CloudFormation job definition',
  skeleton: 'a CLI skeleton (--generate-cli-skeleton)',
  unknown: 'JSON of an unknown shape',
};

/**
 * YAML rather than JSON: the first line that says something is a
 * `key: value` mapping or a document marker (CloudFormation templates are
 * often written so).
 */
export function looksLikeYaml(text: string): boolean {
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  return (
    first !== undefined &&
    (first === '---' || /^[A-Za-z_][\w.-]*:(\s|$)/.test(first))
  );
}

/** Notices about where the draft's content came from replace each other. */
export const DRAFT_CONTENT = 'draft-content';

/** The notice telling what a paste was recognised as and what was changed. */
export function pasteNotice(conversion: PasteConversion): FlashMessage {
  const { shape, notices, isChanged } = conversion;
  if (shape === 'unknown' && !isChanged && looksLikeYaml(conversion.text)) {
    return {
      type: 'warning',
      topic: DRAFT_CONTENT,
      header: 'Pasted YAML: the editor reads JSON only',
      content:
        'The text is kept as it is. Convert it to JSON first (for example with cfn-flip or yq -o=json) and paste the JSON.',
    };
  }
  if (shape === 'unknown' && !isChanged) {
    return {
      type: 'warning',
      topic: DRAFT_CONTENT,
      header: 'Pasted text that is not a job definition',
      content:
        'The text is kept as it is; the problems list says what is wrong with it.',
    };
  }

  const header = isChanged
    ? `Pasted ${SHAPE_NAMES[shape]}: converted to a request body`
    : `Pasted ${SHAPE_NAMES[shape]}`;
  if (notices.length === 0)
    return { type: 'info', topic: DRAFT_CONTENT, header };

  return {
    type: 'info',
    topic: DRAFT_CONTENT,
    header,
    content: (
      <ul aria-label="What the paste changed">
        {notices.map((notice, index) => (
          <li key={index}>{notice.message}</li>
        ))}
      </ul>
    ),
  };
}
