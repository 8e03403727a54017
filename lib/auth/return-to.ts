// Where to go back after signing in: only a path on this site ("/admin/orders?x=1"), never
// another origin ("//evil.test", "https://..."), so the sign-in page is no open redirect.
export function safeReturnPath(value: string | string[] | undefined | null): string | undefined {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || path.length > 500 || !path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return undefined;
  return path;
}

export function signInHref(returnTo: string | undefined): string {
  const path = safeReturnPath(returnTo);
  return path ? `/login?next=${encodeURIComponent(path)}` : "/login";
}

/** Set by proxy.ts on every request (overwriting any sent by the client): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-upline-path";
