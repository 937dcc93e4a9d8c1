export type ResolvedEndpoint =
  | { readonly ok: true; readonly url: string | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * Turns an endpoint override into an absolute URL. Empty means AWS's own
 * endpoint; a relative value such as `/emulator` (a same-origin proxy) is
 * resolved against the app's origin. Only http: and https: are accepted.
 */
export function resolveEndpoint(
  value: string,
  origin: string,
): ResolvedEndpoint {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, url: undefined };

  let url: URL;
  try {
    url = new URL(trimmed, origin);
  } catch {
    return {
      ok: false,
      message:
        'Enter an http: or https: URL, or a path on this site such as /emulator.',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      message: `Only http: and https: URLs are accepted, not ${url.protocol}.`,
    };
  if (url.search !== '' || url.hash !== '')
    return {
      ok: false,
      message: 'Leave out the query (?) and fragment (#) of the URL.',
    };
  return { ok: true, url: url.href.replace(/\/$/, '') };
}
