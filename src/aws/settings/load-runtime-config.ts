import { createLogger } from '../logger';
import { parseRuntimeConfig, type ParsedRuntimeConfig } from './runtime-config';

const log = createLogger('aws.config');

export const RUNTIME_CONFIG_URL = '/config.json';

/**
 * Fetches and parses the runtime config. A missing file means no defaults;
 * a file that cannot be read or parsed is reported and ignored, so the app
 * always starts.
 */
export async function loadRuntimeConfig(
  fetchFn: typeof fetch = fetch,
  url: string = RUNTIME_CONFIG_URL,
): Promise<ParsedRuntimeConfig> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store' });
  } catch {
    log.warn('runtime config unreachable', { url });
    return {
      config: {},
      problems: [`The runtime config ${url} could not be fetched.`],
    };
  }
  if (response.status === 404) return { config: {}, problems: [] };
  if (!response.ok)
    return {
      config: {},
      problems: [`The runtime config ${url} answered HTTP ${response.status}.`],
    };

  try {
    const parsed = parseRuntimeConfig(await response.json());
    if (parsed.problems.length > 0)
      log.warn('runtime config has malformed fields', {
        count: parsed.problems.length,
      });
    return parsed;
  } catch {
    return {
      config: {},
      problems: [
        `The runtime config ${url} is not valid JSON; it was ignored.`,
      ],
    };
  }
}
