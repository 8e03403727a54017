"use server";
// An admin's hands on orders: resend, attach the provider's id, cancel and refund, partial,
// complete, start count, and the same status change for many orders at once.
import { revalidatePath } from "next/cache";
import { z } from "zod";
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
import { orderIdSchema } from "@/lib/validations/id";
import { adminAction } from "../safe-action";

function refresh(id: number) {
  revalidatePath("/admin/orders");
  revalidatePath(`/admin/orders/${id}`);
}

/** A count typed by the admin: a whole number, 0 or more (an empty box is not 0). */
const typedCount = (message: string) =>
  z
    .string()
    .transform((typed) => (typed.trim() === "" ? NaN : Number(typed)))
    .pipe(z.number({ error: message }).int(message).min(0, message));

export const resendOrderAction = adminAction("admin.resendOrder", [orderIdSchema], async (who, id) => {
  const { outcome } = await resendOrder(who, id);
  refresh(id);
  return { outcome };
});

export const attachProviderOrderIdAction = adminAction(
  "admin.attachProviderOrderId",
  [orderIdSchema, z.string().max(100)],
  async (who, id, providerOrderId) => {
    await attachProviderOrderId(who, id, providerOrderId);
    refresh(id);
  },
);

export const cancelAndRefundAction = adminAction(
  "admin.cancelAndRefund",
  [orderIdSchema],
  async (who, id) => {
    const { refund } = await cancelAndRefund(who, id);
    refresh(id);
    return { refund: (await getReaderMoney()).amount(refund) };
  },
);

export const askProviderCancelAction = adminAction(
  "admin.askProviderCancel",
  [orderIdSchema],
  async (who, id) => {
    await askProviderCancel(who, id);
    refresh(id);
  },
);

export const setPartialAction = adminAction(
  "admin.setPartial",
  [orderIdSchema, typedCount("Remains must be a whole number, 0 or more")],
  async (who, id, remains) => {
    const { refund } = await setPartial(who, id, remains);
    refresh(id);
    return { refund: (await getReaderMoney()).amount(refund) };
  },
);

export const markCompletedAction = adminAction("admin.markCompleted", [orderIdSchema], async (who, id) => {
  await markCompleted(who, id);
  refresh(id);
});

export const setStartCountAction = adminAction(
  "admin.setStartCount",
  [orderIdSchema, typedCount("Start count must be a whole number, 0 or more")],
  async (who, id, startCount) => {
    await setStartCount(who, id, startCount);
    refresh(id);
  },
);

export const changeOrderStatusesAction = adminAction(
  "admin.changeOrderStatuses",
  [
    z.array(orderIdSchema).min(1, "Select orders first").max(100, "Up to 100 orders at a time"),
    z.enum(BULK_STATUSES),
  ],
  async (who, ids, status) => {
    const results = await changeOrderStatuses(who, ids, status);
    revalidatePath("/admin/orders");
    return {
      changed: results.filter((r) => r.ok).length,
      failed: results.flatMap((r) => (r.ok ? [] : [{ id: r.id, error: r.error }])),
    };
  },
);
