// Runs before every page, server action and route handler: a fresh CSP nonce per request (Next
// reads it from the request's CSP header and puts it on its own scripts) and the security
// headers of lib/http/security-headers.ts on the response. It also tells the page which address
// was asked for, so an anonymous visitor of an admin page can be sent to sign in and brought back
// to it (lib/auth/session.ts). No auth here.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "./lib/auth/return-to";
import { env } from "./lib/env.mjs";
import { createNonce, securityHeaders } from "./lib/http/security-headers";

const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const dev = env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const headers = securityHeaders({ nonce: createNonce(), https, dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]);
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // /api/v2/ is the API itself (next.config.mjs spares it the trailing-slash redirect).
  const response =
    request.nextUrl.pathname === "/api/v2/"
      ? NextResponse.rewrite(new URL(`/api/v2${request.nextUrl.search}`, request.url), {
          request: { headers: requestHeaders },
        })
      : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
