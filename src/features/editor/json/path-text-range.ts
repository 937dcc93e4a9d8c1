import type { DraftState } from '@/draft/draft-state';
import type { IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';
import { parseJson } from '@/model/text/parse-json';
import { rangeAtPath } from '@/model/text/range-at-path';

interface OffsetRange {
  readonly offset: number;
  readonly length: number;
}

/**
 * Where `path` is in `text`: its value, or the nearest parent that exists.
 * While the text does not parse, the range of a (possibly stale) issue at
 * that path, else the syntax error, which has to be fixed first anyway.
 */
export function pathTextRange(
  text: string,
  state: Pick<DraftState, 'issues' | 'syntaxError'>,
  path: IssuePath,
): OffsetRange {
  const parsed = parseJson(text);
  if (parsed.ok) {
    const { offset, length } = rangeAtPath(parsed.document, path);
    return { offset, length };
  }

  const wanted = formatPath(path);
  const issue = state.issues.find((each) => formatPath(each.path) === wanted);
  const range = issue?.range ?? state.syntaxError ?? parsed.error;
  return {
    offset: Math.min(range.offset, text.length),
    length: Math.max(0, Math.min(range.length, text.length - range.offset)),
  };
}
