// A referral link: counts the visit once per browser and code, remembers the code for 30 days
// and sends the visitor to sign-up. Unknown codes go to the home page without a cookie.
// The redirect names a path only: the browser resolves it against the address it used (the
// public URL behind a proxy), never the address the server listens on, such as 0.0.0.0.
import { NextResponse, type NextRequest } from "next/server";
import { recordVisit, REFERRAL_COOKIE, REFERRAL_DAYS } from "@/lib/affiliates/referral";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toLowerCase();
  const repeat = request.cookies.get(REFERRAL_COOKIE)?.value === code;
  const known = repeat || (await recordVisit(code));
  const response = new NextResponse(null, { status: 303, headers: { location: known ? "/signup" : "/" } });
  if (known)
    response.cookies.set(REFERRAL_COOKIE, code, {
      httpOnly: true,
      sameSite: "lax",
      maxAge: REFERRAL_DAYS * 86_400,
      path: "/",
    });
  return response;
}
