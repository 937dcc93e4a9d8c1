import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

// Words AWS uses for a field whose key reads otherwise.
const ALIASES: Readonly<Record<string, string>> = {
  vcpu: 'resourcerequirement',
  memory: 'resourcerequirement',
  gpu: 'resourcerequirement',
  retryattempt: 'attempt',
};

const MAX_DEPTH = 10;
const MAX_VISITS = 5000;
// Values this long name one field (an ARN, an image); shorter ones, such as
// EC2, only count beside a field name.
const NAMING_VALUE_LENGTH = 12;

const stem = (word: string) => word.toLowerCase().replace(/s$/, '');

function mentionedWords(message: string): Set<string> {
  const words = (message.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).map(stem);
  const found = new Set(words);
  // "retry strategy" names retryStrategy: add each pair of words joined.
  for (let i = 0; i + 1 < words.length; i += 1)
    found.add(stem(`${words[i]}${words[i + 1]}`));
  for (const word of [...found]) {
    const alias = ALIASES[word];
    if (alias) found.add(alias);
  }
  return found;
}

function mentionedValues(message: string): Set<string> {
  const tokens = message
    .split(/[\s,;'"()[\]{}]+/)
    .map((token) => token.replace(/\.$/, ''));
  return new Set(tokens.filter((token) => token.length >= 3));
}

interface Candidate {
  readonly path: IssuePath;
  readonly score: number;
  readonly exists: boolean;
}

function commonPrefix(paths: readonly IssuePath[]): IssuePath {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const path of rest) {
    let same = 0;
    while (same < length && path[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length);
}

/**
 * The best-scored field; among equals, one that exists in the request, and
 * when several do, the object that holds them all (two fields of one list
 * item name the item), else the shallowest.
 */
function pick(candidates: readonly Candidate[]): IssuePath | undefined {
  const top = Math.max(...candidates.map((each) => each.score));
  const best = candidates.filter((each) => each.score === top);
  const existing = best.filter((each) => each.exists);
  const pool = existing.length > 0 ? existing : best;
  const shared = commonPrefix(pool.map((each) => each.path));
  if (pool.length > 1 && shared.length > 0) return shared;
  return [...pool].sort((a, b) => a.path.length - b.path.length)[0]?.path;
}

/**
 * Finds the field of `request` that a service message is about, such as
 * `containerProperties.image` for "containerProperties must contain image".
 * Field names count; a value of the request quoted in the message counts
 * beside a field name, or alone when it is long enough to name one field.
 */
export function fieldPathInMessage(
  message: string,
  request: unknown,
): IssuePath | undefined {
  const words = mentionedWords(message);
  const values = mentionedValues(message);
  const candidates: Candidate[] = [];
  let visits = 0;

  const visit = (path: IssuePath, value: unknown, exists: boolean) => {
    visits += 1;
    if (visits > MAX_VISITS || path.length > MAX_DEPTH) return;

    const named = path.filter(
      (segment) => typeof segment === 'string' && words.has(stem(segment)),
    ).length;
    const last = path.at(-1);
    const isLastNamed = typeof last === 'string' && words.has(stem(last));
    const text =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : '';
    const isQuoted = values.has(text);
    const isNamingValue = isQuoted && text.length >= NAMING_VALUE_LENGTH;
    if (isLastNamed || isNamingValue) {
      const score = named + (isQuoted ? 1 : 0) + (isNamingValue ? 1 : 0);
      candidates.push({ path, score, exists });
    }

    if (Array.isArray(value)) {
      value.forEach((item, index) => visit([...path, index], item, exists));
      return;
    }
    const present =
      typeof value === 'object' && value !== null ? Object.entries(value) : [];
    for (const [key, child] of present) visit([...path, key], child, exists);
    for (const key of fieldInfo(path)?.keys ?? [])
      if (words.has(stem(key)) && !present.some(([other]) => other === key))
        visit([...path, key], undefined, false);
  };

  visit([], request, true);
  return pick(candidates);
}
