"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/http/action-result";
import { getReaderMoney } from "@/lib/http/reader-money";
import {
  askProviderCancel,
  attachProviderOrderId,
  BULK_STATUSES,
  cancelAndRefund,
  changeOrderStatuses,
  markCompleted,
  resendOrder,
  setPartial,
  setStartCount,
} from "@/lib/orders/admin-actions";

const orderId = z.coerce.number().int().positive("Incorrect order ID");

function refresh(id: number) {
  revalidatePath("/admin/orders");
  revalidatePath(`/admin/orders/${id}`);
}

export async function resendOrderAction(id: number) {
  return runAction("admin.resendOrder", async () => {
    const who = await adminActor();
    const { outcome } = await resendOrder(who, orderId.parse(id));
    refresh(id);
    return { outcome };
  });
}

export async function attachProviderOrderIdAction(id: number, providerOrderId: string) {
  return runAction("admin.attachProviderOrderId", async () => {
    const who = await adminActor();
    await attachProviderOrderId(who, orderId.parse(id), z.string().max(100).parse(providerOrderId));
    refresh(id);
  });
}

export async function cancelAndRefundAction(id: number) {
  return runAction("admin.cancelAndRefund", async () => {
    const who = await adminActor();
    const { refund } = await cancelAndRefund(who, orderId.parse(id));
    refresh(id);
    return { refund: (await getReaderMoney()).amount(refund) };
  });
}

export async function askProviderCancelAction(id: number) {
  return runAction("admin.askProviderCancel", async () => {
    const who = await adminActor();
    await askProviderCancel(who, orderId.parse(id));
    refresh(id);
  });
}

export async function setPartialAction(id: number, remains: string) {
  return runAction("admin.setPartial", async () => {
    const who = await adminActor();
    const parsed = z.coerce.number({ error: "Remains must be a whole number, 0 or more" }).int("Remains must be a whole number, 0 or more").min(0, "Remains must be a whole number, 0 or more").parse(remains.trim() === "" ? NaN : remains);
    const { refund } = await setPartial(who, orderId.parse(id), parsed);
    refresh(id);
    return { refund: (await getReaderMoney()).amount(refund) };
  });
}

export async function markCompletedAction(id: number) {
  return runAction("admin.markCompleted", async () => {
    const who = await adminActor();
    await markCompleted(who, orderId.parse(id));
    refresh(id);
  });
}

export async function setStartCountAction(id: number, startCount: string) {
  return runAction("admin.setStartCount", async () => {
    const who = await adminActor();
    const message = "Start count must be a whole number, 0 or more";
    const parsed = z.coerce.number({ error: message }).int(message).min(0, message).parse(startCount.trim() === "" ? NaN : startCount);
    await setStartCount(who, orderId.parse(id), parsed);
    refresh(id);
  });
}

const bulkInput = z.object({ ids: z.array(orderId).min(1, "Select orders first").max(100, "Up to 100 orders at a time"), status: z.enum(BULK_STATUSES) });

export async function changeOrderStatusesAction(ids: number[], status: string) {
  return runAction("admin.changeOrderStatuses", async () => {
    const who = await adminActor();
    const input = bulkInput.parse({ ids, status });
    const results = await changeOrderStatuses(who, input.ids, input.status);
    revalidatePath("/admin/orders");
    return { changed: results.filter((r) => r.ok).length, failed: results.flatMap((r) => (r.ok ? [] : [{ id: r.id, error: r.error }])) };
  });
}
