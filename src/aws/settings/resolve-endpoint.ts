import { endpointProblem } from './endpoint-problem';

export type ResolvedEndpoint =
  | { readonly ok: true; readonly url: string | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * Turns an endpoint override into an absolute URL. Empty means AWS's own
 * endpoint; a path such as `/emulator` (a same-origin proxy) is resolved
 * against the app's origin. Anything `endpointProblem` refuses is refused.
 */
export function resolveEndpoint(
  value: string,
  origin: string,
): ResolvedEndpoint {
  if (value === '') return { ok: true, url: undefined };
  const problem = endpointProblem(value);
  if (problem !== undefined) return { ok: false, message: problem };

  return { ok: true, url: new URL(value, origin).href.replace(/\/$/, '') };
}
