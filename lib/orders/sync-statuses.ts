// The status sync job: non-final orders the provider accepted are polled per provider, up to 100
// ids per call (statusMany splits), oldest-checked first so none starve. It follows the provider's
// status, start count and remains; final answers go through finalizeOrder (the guarded transition
// that refunds once) with the refund rule of the order's type (provider-end.ts). Answers that
// cannot settle the money, orders sharing one provider id and ids the provider keeps calling
// unknown go to the review queue. Failed lookups change nothing but move the order to the back of
// the queue, and one order whose answer cannot be stored never holds back the rest of its page.
import { db, DispatchState, OrderStatus, type Prisma, type Tx } from "../db";
import { log } from "../log";
import { MAX_IDS_PER_CALL } from "../providers";
import { connectProvider } from "../providers/connect";
import { clampRemains, finalizeOrder, type FinalOutcome } from "./finalize-order";
import { readProviderEnd, refundBasisOf, type EndingOrder } from "./provider-end";
import { ACTIVE_ORDER_STATUSES } from "./status-names";

export type SyncOptions = {
  now?: Date;
  /** Orders polled per provider in one run (default 10,000: 100 calls). */
  limitPerProvider?: number;
  /** Orders read from the database and written back per step. */
  pageSize?: number;
};

export type SyncRun = {
  providerCalls: number;
  checked: number;
  updated: number;
  finalized: number;
  refunds: number;
  failed: number;
  reviewed: number;
  dbWrites: number;
};

/** "Incorrect order ID" (or another refusal) for the same order this many times in a row sends it to review. */
export const MAX_STATUS_REFUSALS = 5;
const FINALIZE_CONCURRENCY = 4;

const ORDER_FIELDS = {
  id: true,
  providerOrderId: true,
  quantity: true,
  cost: true,
  providerCost: true,
  providerCurrency: true,
  status: true,
  startCount: true,
  remains: true,
  statusErrors: true,
  service: { select: { type: true } },
} as const;

type ActiveOrder = Prisma.OrderGetPayload<{ select: typeof ORDER_FIELDS }>;
type Provider = { id: number; apiUrl: string; apiKeyEncrypted: string; currency: string | null };

/** One guarded write of the page: the same data for a set of orders still active and sent. */
type PageWrite = {
  ids: number[];
  data: Prisma.OrderUpdateManyMutationInput;
  counts?: "updated" | "reviewed";
};

const stillPolled = { status: { in: [...ACTIVE_ORDER_STATUSES] }, dispatchState: DispatchState.SENT };

async function applyWrite(tx: Tx, write: PageWrite, run: SyncRun): Promise<void> {
  const result = await tx.order.updateMany({
    where: { id: { in: write.ids }, ...stillPolled },
    data: write.data,
  });
  run.dbWrites += 1;
  if (write.counts) run[write.counts] += result.count;
}

/** All writes in one transaction; when that fails, each on its own, so one bad row blocks nothing. */
async function writePage(writes: PageWrite[], now: Date, run: SyncRun): Promise<void> {
  if (writes.length === 0) return;
  try {
    await db.$transaction(
      async (tx: Tx) => {
        for (const write of writes) await applyWrite(tx, write, run);
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
    return;
  } catch (error) {
    log.warn("status sync page write failed; writing its orders one by one", { error });
  }
  for (const write of writes) {
    try {
      await applyWrite(db, write, run);
    } catch (error) {
      log.error("status sync could not store a provider answer", { orderIds: write.ids, error });
      await db.order
        .updateMany({ where: { id: { in: write.ids } }, data: { statusCheckedAt: now } })
        .catch(() => undefined);
    }
  }
}

function toReview(ids: number[], reason: string, now: Date): PageWrite {
  return {
    ids,
    data: { dispatchState: DispatchState.REVIEW, reviewReason: reason.slice(0, 300), statusCheckedAt: now },
    counts: "reviewed",
  };
}

async function syncPage(
  provider: Provider,
  client: ReturnType<typeof connectProvider>,
  orders: ActiveOrder[],
  now: Date,
  run: SyncRun,
) {
  const byProviderId = new Map<string, ActiveOrder[]>();
  for (const order of orders) {
    const key = order.providerOrderId as string;
    byProviderId.set(key, [...(byProviderId.get(key) ?? []), order]);
  }
  const writes: PageWrite[] = [];
  const untouched: number[] = [];
  const refused: number[] = [];
  const finals: Array<{ order: ActiveOrder; outcome: FinalOutcome; startCount: bigint | null }> = [];

  // One provider order can settle only one panel order's money: holders of a shared id go to review.
  const polled = new Map<string, ActiveOrder>();
  for (const [providerOrderId, holders] of byProviderId) {
    if (holders.length === 1) polled.set(providerOrderId, holders[0]);
    else
      writes.push(
        toReview(
          holders.map((o) => o.id),
          `Provider order ID ${providerOrderId} is held by orders ${holders.map((o) => `#${o.id}`).join(", ")}`,
          now,
        ),
      );
  }

  const results = await client.statusMany([...polled.keys()]);
  run.providerCalls += Math.ceil(polled.size / MAX_IDS_PER_CALL);

  for (const [providerOrderId, order] of polled) {
    run.checked += 1;
    const result = results.get(providerOrderId);
    if (!result || result.kind !== "ok") {
      run.failed += 1;
      if (result?.kind !== "rejected") untouched.push(order.id);
      else if (order.statusErrors + 1 >= MAX_STATUS_REFUSALS) {
        writes.push(
          toReview(
            [order.id],
            `The provider answered "${result.reason}" for its order ID ${providerOrderId} ${MAX_STATUS_REFUSALS} times in a row`,
            now,
          ),
        );
      } else refused.push(order.id);
      continue;
    }
    const state = result.value;
    const startCount = state.startCount === null ? order.startCount : BigInt(state.startCount);
    // The provider's `charge` is in its own currency: compare it with the cost in that currency.
    const ending: EndingOrder = {
      quantity: order.quantity,
      cost: order.providerCost,
      basis: refundBasisOf(order.service.type),
      providerCurrency: order.providerCurrency ?? provider.currency,
    };
    const end = readProviderEnd(state, ending);
    if (end.kind === "final") {
      finals.push({ order, outcome: end.outcome, startCount });
      continue;
    }
    if (end.kind === "review") {
      writes.push(toReview([order.id], end.reason, now));
      continue;
    }
    const status = state.status as OrderStatus;
    const remains = clampRemains(state.remains, order.quantity) ?? order.remains;
    if (
      status === order.status &&
      startCount === order.startCount &&
      remains === order.remains &&
      order.statusErrors === 0
    )
      untouched.push(order.id);
    else
      writes.push({
        ids: [order.id],
        data: { status, startCount, remains, statusErrors: 0, statusCheckedAt: now },
        counts: "updated",
      });
  }

  // Unchanged orders in one write, refused ones in another, changed ones one write each.
  if (untouched.length > 0) writes.unshift({ ids: untouched, data: { statusCheckedAt: now } });
  if (refused.length > 0)
    writes.unshift({ ids: refused, data: { statusCheckedAt: now, statusErrors: { increment: 1 } } });
  await writePage(writes, now, run);

  // Final answers each get their own guarded transaction, a few at a time.
  const queue = [...finals];
  const finalize = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { order, outcome, startCount } = next;
      try {
        const result = await finalizeOrder(order.id, outcome, {
          now,
          where: { dispatchState: DispatchState.SENT },
          data: { startCount, statusErrors: 0, statusCheckedAt: now },
        });
        run.dbWrites += 1;
        if (result.applied) {
          run.finalized += 1;
          run.updated += 1;
          run.dbWrites += 1; // remains and refunded
          if (result.refund > 0n) {
            run.refunds += 1;
            run.dbWrites += 2; // balance + ledger row
          }
        }
      } catch (error) {
        log.error("order finalize failed", { orderId: order.id, providerId: provider.id, error });
        await db.order
          .updateMany({ where: { id: order.id }, data: { statusCheckedAt: now } })
          .catch(() => undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: FINALIZE_CONCURRENCY }, finalize));
}

/** One sync cycle over every provider with active orders. */
export async function syncStatuses(options: SyncOptions = {}): Promise<SyncRun> {
  const now = options.now ?? new Date();
  const limit = options.limitPerProvider ?? 10_000;
  const pageSize = Math.max(MAX_IDS_PER_CALL, options.pageSize ?? 1_000);
  const run: SyncRun = {
    providerCalls: 0,
    checked: 0,
    updated: 0,
    finalized: 0,
    refunds: 0,
    failed: 0,
    reviewed: 0,
    dbWrites: 0,
  };
  const active = { ...stillPolled, providerOrderId: { not: null } };

  const providers = await db.provider.findMany({
    where: { status: "ACTIVE", orders: { some: active } },
    select: { id: true, apiUrl: true, apiKeyEncrypted: true, currency: true },
  });
  for (const provider of providers) {
    const client = connectProvider(provider);
    // Read the whole turn's list first: writing statusCheckedAt while paging would reshuffle it.
    const orders = await db.order.findMany({
      where: { providerId: provider.id, ...active },
      orderBy: [{ statusCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: limit,
      select: ORDER_FIELDS,
    });
    for (let i = 0; i < orders.length; i += pageSize) {
      try {
        await syncPage(provider, client, orders.slice(i, i + pageSize), now, run);
      } catch (error) {
        log.error("status sync page failed", { providerId: provider.id, error });
      }
    }
  }
  return run;
}
