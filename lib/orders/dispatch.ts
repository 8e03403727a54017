// Sending orders to their provider, exactly once. A worker first claims an order with one
// guarded write (QUEUED -> SENDING, claimedBy, claimUntil; count checked), so with any number of
// processes on one database an order is sent by one worker once. The provider client's outcome
// then decides: ok -> SENT with the provider's id; rejected -> Canceled with a full refund;
// temporary -> QUEUED again with backoff (and the provider flagged for the admin); uncertain ->
// REVIEW, never resent automatically. A worker that dies mid-send leaves a SENDING row whose
// claim expires: it goes to REVIEW too, since the request may have reached the provider.
//
// placeOrder answers before the provider is called (dispatchSoon runs after the commit, in the
// background of this process): the order id comes back even when the provider hangs, and the
// dispatcher job picks up anything a restart left behind.
import { db, DispatchState, OrderStatus } from "../db";
import { directRead } from "../db/direct-read";
import { directWrite } from "../db/sql";
import { directStatement, inList } from "../db/statement";
import { env } from "../env.mjs";
import { INSTANCE_ID } from "../jobs/lease";
import { log } from "../log";
import { metrics } from "../metrics/metrics";
import { connectProvider } from "../providers/connect";
import type { AddOrderFields } from "../providers/types";
import { finalizeOrder } from "./finalize-order";

/** A claim outlives the slowest possible add call, so a live worker never loses its order. */
export const CLAIM_MS = env.PROVIDER_ADD_TIMEOUT_MS + 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 30 * 60_000;
const PROVIDER_ALERT_PREFIX = "Orders not sent: ";

export type DispatchOutcome = "sent" | "rejected" | "temporary" | "uncertain" | "skipped";

export type DispatchOptions = { now?: Date; workerId?: string };

/** Delay before the next try after `tries` temporary failures: 30 s, 1 min, 2 min ... 30 min. */
export function backoffMs(tries: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, tries - 1), BACKOFF_MAX_MS);
}

// Claims, reads and the accepted answer are the path of every order, so they run on the driver
// (lib/db/direct-read.ts, lib/db/sql.ts); the rarer outcomes go through Prisma.
const CLAIM = directStatement(
  "claim-orders",
  `UPDATE "Order" SET "dispatchState" = 'SENDING', "claimedBy" = $1, "claimUntil" = $2, "dispatchTries" = "dispatchTries" + 1, "updatedAt" = $3
    WHERE id ${inList(4, "int")} AND "dispatchState" = 'QUEUED' AND "nextDispatchAt" <= $5 RETURNING id`,
);

/** Takes these orders for this worker in one write: the ids of those that were due and nobody else's. */
export async function claimOrders(
  orderIds: readonly number[],
  options: DispatchOptions = {},
): Promise<Set<number>> {
  if (orderIds.length === 0) return new Set();
  const now = options.now ?? new Date();
  const claimUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await directWrite(CLAIM, [
    options.workerId ?? INSTANCE_ID,
    claimUntil,
    now,
    [...orderIds],
    now,
  ]);
  return new Set(claimed.map((order) => Number(order.id)));
}

/** Takes the order for this worker; false when it is not due or another worker has it. */
export async function claimOrder(orderId: number, options: DispatchOptions = {}): Promise<boolean> {
  return (await claimOrders([orderId], options)).has(orderId);
}

function addFields(externalId: string, params: string | null): AddOrderFields {
  const fields = params ? (JSON.parse(params) as Omit<AddOrderFields, "service">) : {};
  return { ...fields, service: externalId };
}

type SendData = {
  params: string | null;
  dispatchTries: number;
  provider: { id: number; apiUrl: string; apiKeyEncrypted: string; status: string; lastError: string | null };
  service: { providerService: { externalId: string; providerId: number } };
};

const ID_HOLDER = directStatement(
  "provider-order-id-holder",
  `SELECT id FROM "Order" WHERE "providerId" = $1 AND "providerOrderId" = $2 AND id <> $3 LIMIT 1`,
);

/**
 * One provider order can answer for one panel order only. Checked after the id is stored, so of
 * two orders given one id at the same moment at least one sees the other: it goes to review.
 */

async function flagSharedProviderId(
  orderId: number,
  providerId: number,
  providerOrderId: string,
): Promise<boolean> {
  const [holder] = await directRead(ID_HOLDER, [providerId, providerOrderId, orderId]);
  if (!holder) return false;
  const holderId = Number(holder.id);
  await db.order.updateMany({
    where: { id: orderId, dispatchState: DispatchState.SENT, providerOrderId },
    data: {
      dispatchState: DispatchState.REVIEW,
      reviewReason: `The provider answered with its order ID ${providerOrderId}, which order #${holderId} holds too`,
    },
  });
  log.warn("provider order id held by another order; sent to review", { orderId, providerOrderId, holderId });
  return true;
}

const MARK_SENT = directStatement(
  "mark-sent",
  `UPDATE "Order" SET "claimedBy" = NULL, "claimUntil" = NULL, "dispatchState" = 'SENT', "providerOrderId" = $1, "lastError" = NULL, "reviewReason" = NULL,
                      "statusCheckedAt" = NULL, "updatedAt" = $2
    WHERE id = $3 AND "dispatchState" = 'SENDING' AND "claimedBy" = $4 RETURNING id`,
);

/**
 * Stores the provider's order id on an order this worker holds; false when the claim was taken
 * from it. On SQLite the answers of one moment share one commit (lib/db/sql.ts).
 */
async function markSent(orderId: number, providerOrderId: string, workerId: string): Promise<boolean> {
  return (await directWrite(MARK_SENT, [providerOrderId, new Date(), orderId, workerId])).length > 0;
}

/** Sends an order this worker has claimed (its data read before the claim) and records what came of it. */
async function sendClaimed(
  orderId: number,
  order: SendData,
  workerId: string,
  now: Date,
): Promise<DispatchOutcome> {
  const mine = { id: orderId, dispatchState: DispatchState.SENDING, claimedBy: workerId };
  const release = { claimedBy: null, claimUntil: null };

  const providerService = order.service.providerService;
  const result =
    order.provider.status !== "ACTIVE" || providerService.providerId !== order.provider.id
      ? ({ kind: "temporary", reason: "the provider is disabled or no longer sells this service" } as const)
      : await connectProvider(order.provider, { orderId }).add(
          addFields(providerService.externalId, order.params),
        );

  switch (result.kind) {
    case "ok": {
      const providerOrderId = result.value.orderId;
      if (!(await markSent(orderId, providerOrderId, workerId))) {
        // The claim was taken from us (recovered as stale) but the provider did accept: keep its id.
        await db.order.updateMany({
          where: {
            id: orderId,
            dispatchState: DispatchState.REVIEW,
            providerOrderId: null,
            status: OrderStatus.PENDING,
          },
          data: {
            dispatchState: DispatchState.SENT,
            providerOrderId,
            reviewReason: null,
            statusCheckedAt: null,
          },
        });
        log.warn("order sent after its claim expired", { orderId, providerOrderId });
      }
      if (await flagSharedProviderId(orderId, order.provider.id, providerOrderId)) return "uncertain";
      if (order.provider.lastError?.startsWith(PROVIDER_ALERT_PREFIX)) {
        await db.provider.updateMany({
          where: { id: order.provider.id, lastError: { startsWith: PROVIDER_ALERT_PREFIX } },
          data: { lastError: null },
        });
      }
      return "sent";
    }
    case "rejected": {
      await finalizeOrder(
        orderId,
        { status: OrderStatus.CANCELED },
        {
          where: { dispatchState: DispatchState.SENDING, claimedBy: workerId },
          data: { ...release, dispatchState: DispatchState.CLOSED, lastError: result.reason },
          now,
          note: "Rejected by the provider",
        },
      );
      return "rejected";
    }
    case "temporary": {
      await db.order.updateMany({
        where: mine,
        data: {
          ...release,
          dispatchState: DispatchState.QUEUED,
          nextDispatchAt: new Date(now.getTime() + backoffMs(order.dispatchTries)),
          lastError: result.reason,
        },
      });
      // The admin's alert: provider out of funds, down, rate limiting... is not the customer's problem.
      await db.provider.update({
        where: { id: order.provider.id },
        data: { lastError: `${PROVIDER_ALERT_PREFIX}${result.reason}`.slice(0, 300) },
      });
      log.warn("order dispatch failed for now; will retry", { orderId, reason: result.reason });
      return "temporary";
    }
    case "uncertain": {
      await db.order.updateMany({
        where: mine,
        data: {
          ...release,
          dispatchState: DispatchState.REVIEW,
          reviewReason: `Unclear whether the provider took it: ${result.reason}`.slice(0, 300),
        },
      });
      log.warn("order dispatch uncertain; sent to review", { orderId, reason: result.reason });
      return "uncertain";
    }
  }
}

type ClaimedOrder = SendData & { id: number };

// Queued orders with what sending them needs: the provider's URL, key and state, its service id.
const QUEUED_TO_SEND = directStatement(
  "queued-to-send",
  `SELECT o.id, o.params, o."dispatchTries", p.id AS "providerId", p."apiUrl", p."apiKeyEncrypted", p.status AS "providerStatus", p."lastError" AS "providerLastError",
          ps."externalId", ps."providerId" AS "sellerId"
     FROM "Order" o JOIN "Provider" p ON p.id = o."providerId" JOIN "Service" s ON s.id = o."serviceId" JOIN "ProviderService" ps ON ps.id = s."providerServiceId"
    WHERE o.id ${inList(1, "int")} AND o."dispatchState" = 'QUEUED' ORDER BY o.id`,
);

/**
 * Reads the queued ones of these orders, then claims them in one write: read first, claim last,
 * so between the claim and the requests there is no other database work (a crash leaves as few
 * SENDING rows as possible).
 */
async function readAndClaim(
  orderIds: readonly number[],
  now: Date,
  workerId: string,
): Promise<ClaimedOrder[]> {
  const queued = (await directRead(QUEUED_TO_SEND, [[...orderIds]])).map((row): ClaimedOrder => ({
    id: Number(row.id),
    params: row.params === null ? null : String(row.params),
    dispatchTries: Number(row.dispatchTries),
    provider: {
      id: Number(row.providerId),
      apiUrl: String(row.apiUrl),
      apiKeyEncrypted: String(row.apiKeyEncrypted),
      status: String(row.providerStatus),
      lastError: row.providerLastError === null ? null : String(row.providerLastError),
    },
    service: { providerService: { externalId: String(row.externalId), providerId: Number(row.sellerId) } },
  }));
  const claimed = await claimOrders(
    queued.map((order) => order.id),
    { now, workerId },
  );
  return queued
    .filter((order) => claimed.has(order.id))
    .map((order) => ({ ...order, dispatchTries: order.dispatchTries + 1 }));
}

async function sendOne(order: ClaimedOrder, workerId: string, now: Date): Promise<DispatchOutcome> {
  const outcome = await sendClaimed(order.id, order, workerId, now);
  metrics.dispatchOutcomes.inc({ class: outcome });
  return outcome;
}

/** Claims and sends one order now; "skipped" when it is not due or another worker has it. */
export async function dispatchOrder(
  orderId: number,
  options: DispatchOptions = {},
): Promise<DispatchOutcome> {
  const now = options.now ?? new Date();
  const workerId = options.workerId ?? INSTANCE_ID;
  const [order] = await readAndClaim([orderId], now, workerId);
  return order ? sendOne(order, workerId, now) : "skipped";
}

export type DispatchRun = Record<DispatchOutcome, number> & { recovered: number };

export const DISPATCH_CONCURRENCY = 4;

/**
 * Claims and sends these orders `concurrency` at a time: each group is read and claimed in one
 * go right before its requests, so a claim never waits behind slow requests (it could expire
 * before its order went out) and the provider data is fresh. An order that crashes is logged and
 * does not stop the rest (its claim expiry sends it to review). Orders not due or held by
 * another worker count as skipped.
 */
export async function dispatchOrders(
  orderIds: readonly number[],
  options: DispatchOptions & { concurrency?: number } = {},
): Promise<DispatchRun> {
  const now = options.now ?? new Date();
  const workerId = options.workerId ?? INSTANCE_ID;
  const size = Math.max(1, options.concurrency ?? DISPATCH_CONCURRENCY);
  const run: DispatchRun = { sent: 0, rejected: 0, temporary: 0, uncertain: 0, skipped: 0, recovered: 0 };
  const ids = [...new Set(orderIds)];
  for (let start = 0; start < ids.length; start += size) {
    const group = ids.slice(start, start + size);
    const claimed = await readAndClaim(group, now, workerId);
    run.skipped += group.length - claimed.length;
    await Promise.all(
      claimed.map(async (order) => {
        try {
          run[await sendOne(order, workerId, now)] += 1;
        } catch (error) {
          // A database hiccup after the claim leaves the row SENDING; its claim expiry sends it to review.
          log.error("order dispatch crashed", { orderId: order.id, error });
        }
      }),
    );
  }
  return run;
}

/** SENDING rows whose claim expired (their worker died mid-send) go to REVIEW: never resent blindly. */
export async function recoverStaleClaims(now: Date = new Date()): Promise<number> {
  const recovered = await db.order.updateMany({
    where: { dispatchState: DispatchState.SENDING, claimUntil: { lt: now } },
    data: {
      dispatchState: DispatchState.REVIEW,
      claimedBy: null,
      claimUntil: null,
      reviewReason:
        "The sending worker stopped before the provider's answer was recorded; check the provider before resending",
    },
  });
  if (recovered.count > 0) log.warn("stale dispatch claims sent to review", { count: recovered.count });
  return recovered.count;
}

/** The dispatcher job: due QUEUED orders, oldest first, a few at a time. */
export async function dispatchDueOrders(
  options: DispatchOptions & { limit?: number; concurrency?: number } = {},
): Promise<DispatchRun> {
  const now = options.now ?? new Date();
  const recovered = await recoverStaleClaims(now);
  const due = await db.order.findMany({
    where: { dispatchState: DispatchState.QUEUED, nextDispatchAt: { lte: now } },
    orderBy: [{ nextDispatchAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 200,
    select: { id: true },
  });
  return {
    ...(await dispatchOrders(
      due.map((o) => o.id),
      { ...options, now },
    )),
    recovered,
  };
}

const inFlight = new Set<Promise<unknown>>();
let waiting: number[] = [];

/**
 * Sends just-placed orders in the background of this process. The orders of one moment (a burst
 * of API calls, a mass order) go out together, a few at a time, with one read and one claim per
 * group.
 */
export function dispatchSoon(orderIds: readonly number[]): void {
  if (waiting.length === 0) {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        const batch = waiting;
        waiting = [];
        return dispatchOrders(batch);
      })
      .catch((error) => log.error("order dispatch crashed", { error }))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  }
  waiting.push(...orderIds);
}

/** Waits for background dispatches of this process (tests, shutdown). */
export async function waitForDispatches(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
