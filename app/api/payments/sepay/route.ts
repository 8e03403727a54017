// SePay's bank-transfer webhook (lib/payments/sepay/handle-webhook.ts).
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/http/client-ip";
import { BodyTooLargeError, readBoundedText } from "@/lib/payments/read-body";
import { handleSepayWebhook } from "@/lib/payments/sepay/handle-webhook";

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
  const answer = await handleSepayWebhook(
    body,
    {
      authorization: request.headers.get("authorization"),
      signature: request.headers.get("x-sepay-signature"),
      timestamp: request.headers.get("x-sepay-timestamp"),
    },
    clientIp(request.headers),
  );
  return NextResponse.json(answer.body, { status: answer.status });
}
