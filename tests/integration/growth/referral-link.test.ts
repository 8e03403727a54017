// A referral link sends the visitor on to sign-up at the address they used, never at the address
// the server listens on (0.0.0.0 when it listens on every interface without NEXTAUTH_URL).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/r/[code]/route";
import { ensureAffiliate } from "@/lib/affiliates/referral";
import { createUser } from "@/lib/users/create-user";

/** The request as Next hands it over on a server listening on 0.0.0.0, reached as panel.example. */
const visit = (code: string) =>
  GET(new NextRequest(`http://0.0.0.0:3000/r/${code}`, { headers: { host: "panel.example:3000" } }), {
    params: Promise.resolve({ code }),
  });

describe("referral link", () => {
  it("redirects a known code to sign-up on the visitor's own host, with the referral cookie", async () => {
    const user = await createUser({ email: "referrer@test.dev", password: "test-pass-1" });
    const { code } = await ensureAffiliate(user.id);
    const response = await visit(code);
    expect([response.status, response.headers.get("location")]).toEqual([303, "/signup"]);
    expect(response.headers.get("set-cookie")).toContain(code);
  });

  it("sends an unknown code home, on the visitor's own host", async () => {
    const response = await visit("nosuchcode");
    expect([response.status, response.headers.get("location")]).toEqual([303, "/"]);
  });
});
