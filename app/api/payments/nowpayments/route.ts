// NOWPayments' IPN (lib/payments/nowpayments/handle-ipn.ts).
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/http/client-ip";
import { handleNowpaymentsIpn } from "@/lib/payments/nowpayments/handle-ipn";
import { BodyTooLargeError, readBoundedText } from "@/lib/payments/read-body";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  let body: string;
  try {
    body = await readBoundedText(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return NextResponse.json({ success: false, message: "Request too large" }, { status: 413 });
    throw error;
  }
  const answer = await handleNowpaymentsIpn(
    body,
    request.headers.get("x-nowpayments-sig"),
    clientIp(request.headers),
  );
  return NextResponse.json(answer.body, { status: answer.status });
}
