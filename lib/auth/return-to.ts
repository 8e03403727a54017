// Where to go back after signing in: only a path on this site ("/admin/orders?x=1"), never
// another origin ("//evil.test", "https://..."), so the sign-in page is no open redirect. The one
// rule for every `next` / return path the panel follows.

// Browsers drop tabs and newlines from an address and read "\\" as "/", so "/\t/evil.test" is
// "//evil.test"; a newline in a Location header is a server error. Paths that come from this site
// are percent-encoded, so refusing every control, format, space and separator character (and
// backslashes) loses nothing.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;
const BASE = "http://upline.invalid";

export function safeReturnPath(value: string | string[] | undefined | null): string | undefined {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || path.length > 500 || !path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path))
    return undefined;
  // Whatever a browser makes of it, it must stay on this origin.
  if (new URL(path, BASE).origin !== BASE) return undefined;
  return path;
}

export function signInHref(returnTo: string | undefined): string {
  const path = safeReturnPath(returnTo);
  return path ? `/login?next=${encodeURIComponent(path)}` : "/login";
}

/** Set by proxy.ts on every request (overwriting any sent by the client): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-upline-path";
