// Refills: a service with refill, a Completed order, within the refill window (Service.refillDays,
// else DEFAULT_REFILL_DAYS counted from completion), one open refill per order. The request is
// forwarded to the provider at once; refill statuses follow by the refill sync job.
import type { ErrorI18n } from "@/i18n/error-text";
import { db, OrderStatus, RefillStatus } from "../db";
import { AppError, NotFoundError } from "../errors";
import { connectProvider } from "../providers/connect";
import { scrubAddresses } from "../providers/scrub-addresses";
import { ORDER_TX_OPTIONS } from "./transaction";

/** Refill window when the service names none: 30 days, what "30 days refill" services promise. */
export const DEFAULT_REFILL_DAYS = 30;
const DAY_MS = 86_400_000;
const OPEN_REFILL: RefillStatus[] = [RefillStatus.PENDING, RefillStatus.IN_PROGRESS];

export type RefillCheck = { ok: true } | { ok: false; error: string; i18n?: ErrorI18n };

/** Whether a refill may be asked now (pages show the refill button from this). */
export function canRefill(
  order: { status: OrderStatus; completedAt: Date | null; providerOrderId: string | null },
  service: { refill: boolean; refillDays: number | null },
  now: Date = new Date(),
): RefillCheck {
  if (!service.refill) return { ok: false, error: "Refill is not available for this service" };
  if (order.status !== OrderStatus.COMPLETED || !order.providerOrderId)
    return { ok: false, error: "Refill is available only for completed orders" };
  const days = service.refillDays ?? DEFAULT_REFILL_DAYS;
  const end = (order.completedAt?.getTime() ?? 0) + days * DAY_MS;
  if (now.getTime() > end)
    return {
      ok: false,
      error: `The refill period of ${days} days has ended`,
      i18n: { key: "errors.refill.periodEnded", values: { days } },
    };
  return { ok: true };
}

export async function requestRefill(
  userId: number,
  orderId: number,
  now: Date = new Date(),
): Promise<{ refillId: number }> {
  const refill = await db.$transaction(async (tx) => {
    // Touching the order row first serializes concurrent requests for one order (row lock on
    // PostgreSQL, the single writer on SQLite), so the open-refill check below cannot race.
    const touched = await tx.order.updateMany({ where: { id: orderId, userId }, data: { updatedAt: now } });
    if (touched.count === 0) throw new NotFoundError("Incorrect order ID");
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        status: true,
        completedAt: true,
        providerOrderId: true,
        provider: { select: { id: true, apiUrl: true, apiKeyEncrypted: true } },
        service: { select: { refillDays: true, providerService: { select: { refill: true } } } },
      },
    });
    const check = canRefill(
      order,
      { refill: order.service.providerService.refill, refillDays: order.service.refillDays },
      now,
    );
    if (!check.ok) throw new AppError(check.error, "refill_not_allowed", undefined, check.i18n);
    if (await tx.refill.count({ where: { orderId, status: { in: OPEN_REFILL } } })) {
      throw new AppError("A refill for this order is already in progress", "refill_open");
    }
    const row = await tx.refill.create({
      data: { orderId, userId, status: RefillStatus.PENDING },
      select: { id: true },
    });
    return { id: row.id, provider: order.provider, providerOrderId: order.providerOrderId as string };
  }, ORDER_TX_OPTIONS);

  const result = await connectProvider(refill.provider, { orderId }).refill(refill.providerOrderId);
  if (result.kind === "ok") {
    await db.refill.update({
      where: { id: refill.id },
      data: { providerRefillId: result.value, checkedAt: null },
    });
    return { refillId: refill.id };
  }
  // Not forwarded (or unknown whether it was): close this one so the customer may ask again.
  const rejected = result.kind === "rejected";
  await db.refill.update({
    where: { id: refill.id },
    data: {
      status: rejected ? RefillStatus.REJECTED : RefillStatus.ERROR,
      lastError: result.reason,
      checkedAt: now,
    },
  });
  if (!rejected)
    throw new AppError(
      "The provider could not take the refill request right now; try again later",
      "refill_failed",
    );
  const reason = scrubAddresses(result.reason);
  throw new AppError(`The provider refused the refill: ${reason}`, "refill_failed", undefined, {
    key: "errors.refill.providerRefused",
    values: { reason },
  });
}

/** One entry per asked id; null when unknown or not this user's. */
export async function getRefillStatuses(
  userId: number,
  refillIds: readonly number[],
): Promise<Map<number, RefillStatus | null>> {
  const ids = [...new Set(refillIds.filter((id) => Number.isSafeInteger(id) && id > 0))];
  const rows = ids.length
    ? await db.refill.findMany({ where: { userId, id: { in: ids } }, select: { id: true, status: true } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r.status]));
  return new Map(refillIds.map((id) => [id, byId.get(id) ?? null]));
}
