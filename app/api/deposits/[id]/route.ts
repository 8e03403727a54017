// The Add funds page's live wait: the caller's own deposit status and balance.
import { NextResponse } from "next/server";
import { assertReader } from "@/lib/auth/session";
import { isExpectedError } from "@/lib/errors";
import { log } from "@/lib/log";
import { getMyDepositStatus } from "@/lib/payments/list-deposits";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await assertReader();
    const id = Number((await params).id);
    if (!Number.isSafeInteger(id) || id <= 0)
      return NextResponse.json({ error: "Deposit not found" }, { status: 404 });
    const status = await getMyDepositStatus(user.id, id);
    return NextResponse.json(
      { status: status.status, credited: status.credited.toString(), balance: status.balance.toString() },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (isExpectedError(error))
      return NextResponse.json({ error: error.message }, { status: error.code === "forbidden" ? 401 : 404 });
    log.error("deposit status poll failed", { error });
    return NextResponse.json({ error: "Could not load the deposit" }, { status: 500 });
  }
}
