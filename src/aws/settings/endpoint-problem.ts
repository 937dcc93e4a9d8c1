import * as z from 'zod';

const EXAMPLES =
  'such as http://127.0.0.1:5000, or a path on this site such as /emulator';
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A DNS name (labels of letters, digits and inner hyphens) or an IP literal.
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$/i;
const IPV6 = /^\[[0-9a-f:.]+\]$/i;

function absoluteProblem(value: string): string | undefined {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined)
    return `Enter a full http: or https: URL ${EXAMPLES}.`;
  if (scheme !== 'http' && scheme !== 'https')
    return `Only http: and https: URLs are accepted, not ${scheme}:. Enter a URL ${EXAMPLES}.`;
  if (!/^https?:\/\//i.test(value))
    return `Write the URL with http:// or https:// before the host, such as http://127.0.0.1:5000.`;

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `This URL has no valid host. Enter one ${EXAMPLES}.`;
  }
  if (url.username !== '' || url.password !== '')
    return 'Leave out the user name and password: the app signs its calls with the credentials Cognito gives it.';
  if (url.search !== '' || value.includes('?'))
    return 'Leave out the query (?) of the URL.';
  if (url.hash !== '' || value.includes('#'))
    return 'Leave out the fragment (#) of the URL.';
  if (!HOST_NAME.test(url.hostname) && !IPV6.test(url.hostname))
    return `"${url.hostname}" is not a valid host. Enter a URL ${EXAMPLES}.`;
  return undefined;
}

function pathProblem(value: string): string | undefined {
  // Two slashes (or a backslash, which browsers read as one) start a
  // protocol-relative URL: it would send the calls, signed, to another host.
  if (value.startsWith('//'))
    return 'A value starting with // points at another host. Enter the full URL with http:// or https://, or a path with a single /, such as /emulator.';
  if (value.includes('\\'))
    return 'A path has no backslash (\\). Use a path such as /emulator.';
  if (value.includes('?') || value.includes('#'))
    return 'Leave out the query (?) and fragment (#): use a path such as /emulator.';
  return undefined;
}

/**
 * Why an endpoint override is not acceptable, or undefined if it is. An
 * endpoint is empty (AWS's own), an absolute http: or https: URL with a
 * valid host and no credentials, query or fragment, or a path on this site
 * starting with a single `/`. Spaces are never part of one.
 */
export function endpointProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.trim() === '')
    return `Spaces alone are not an endpoint: leave the field empty to call AWS, or enter a URL ${EXAMPLES}.`;
  if (/\s/.test(value))
    return `An endpoint has no spaces. Enter a URL ${EXAMPLES}.`;
  return value.startsWith('/') || value.startsWith('\\')
    ? pathProblem(value)
    : absoluteProblem(value);
}

/** An endpoint override that `endpointProblem` accepts, or empty. */
export const EndpointValue = z
  .string()
  .refine((value) => endpointProblem(value) === undefined);
