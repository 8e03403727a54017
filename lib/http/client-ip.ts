// The caller's IP for rate limits and the audit log: the first X-Forwarded-For hop (set by
// the reverse proxy in front of the app), else X-Real-IP, else "local".
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip")?.trim() || "local";
}
