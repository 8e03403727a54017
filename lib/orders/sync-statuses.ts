// The status sync job: non-final orders the provider accepted are polled per provider, up to 100
// ids per call (statusMany splits), oldest-checked first so none starve. It follows the provider's
// status, start count and remains; final answers go through finalizeOrder (the guarded transition
// that refunds once). Failed lookups change nothing but move the order to the back of the queue.
import { db, DispatchState, OrderStatus, type Tx } from "../db";
import { log } from "../log";
import { MAX_IDS_PER_CALL } from "../providers";
import { connectProvider } from "../providers/connect";
import type { OrderState } from "../providers/types";
import { clampRemains, finalizeOrder, type FinalOutcome } from "./finalize-order";
import { ACTIVE_ORDER_STATUSES } from "./status-names";

export type SyncOptions = {
  now?: Date;
  /** Orders polled per provider in one run (default 10,000: 100 calls). */
  limitPerProvider?: number;
  /** Orders read from the database and written back per step. */
  pageSize?: number;
};

export type SyncRun = { providerCalls: number; checked: number; updated: number; finalized: number; refunds: number; failed: number; dbWrites: number };

const FINALIZE_CONCURRENCY = 4;

type ActiveOrder = { id: number; providerOrderId: string | null; quantity: number; status: OrderStatus; startCount: number | null; remains: number | null };

function finalOutcome(state: OrderState, quantity: number): FinalOutcome | null {
  switch (state.status) {
    case "COMPLETED":
      return { status: OrderStatus.COMPLETED };
    case "PARTIAL":
      // A Partial without remains is unreadable for money: treat it as nothing delivered-missing.
      return { status: OrderStatus.PARTIAL, remains: clampRemains(state.remains, quantity) ?? 0 };
    case "CANCELED":
    case "FAILED":
      return { status: OrderStatus.CANCELED };
    default:
      return null;
  }
}

async function syncPage(providerId: number, client: ReturnType<typeof connectProvider>, orders: ActiveOrder[], now: Date, run: SyncRun) {
  const byProviderId = new Map(orders.map((o) => [o.providerOrderId as string, o]));
  const calls = Math.ceil(byProviderId.size / MAX_IDS_PER_CALL);
  const results = await client.statusMany([...byProviderId.keys()]);
  run.providerCalls += calls;

  const untouched: number[] = [];
  const changes: Array<{ order: ActiveOrder; status: OrderStatus; startCount: number | null; remains: number | null }> = [];
  const finals: Array<{ order: ActiveOrder; outcome: FinalOutcome; startCount: number | null }> = [];
  for (const [providerOrderId, order] of byProviderId) {
    run.checked += 1;
    const result = results.get(providerOrderId);
    if (!result || result.kind !== "ok") {
      run.failed += 1;
      untouched.push(order.id);
      continue;
    }
    const state = result.value;
    const startCount = state.startCount ?? order.startCount;
    const final = finalOutcome(state, order.quantity);
    if (final) {
      finals.push({ order, outcome: final, startCount });
      continue;
    }
    const status = state.status as OrderStatus;
    const remains = clampRemains(state.remains, order.quantity) ?? order.remains;
    if (status === order.status && startCount === order.startCount && remains === order.remains) untouched.push(order.id);
    else changes.push({ order, status, startCount, remains });
  }

  // One transaction per page: unchanged orders in one write, changed ones one write each.
  await db.$transaction(async (tx: Tx) => {
    if (untouched.length > 0) {
      await tx.order.updateMany({ where: { id: { in: untouched } }, data: { statusCheckedAt: now } });
      run.dbWrites += 1;
    }
    for (const { order, status, startCount, remains } of changes) {
      const updated = await tx.order.updateMany({
        where: { id: order.id, status: { in: [...ACTIVE_ORDER_STATUSES] } },
        data: { status, startCount, remains, statusCheckedAt: now },
      });
      run.dbWrites += 1;
      run.updated += updated.count;
    }
  }, { maxWait: 30_000, timeout: 60_000 });

  // Final answers each get their own guarded transaction, a few at a time.
  const queue = [...finals];
  const finalize = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { order, outcome, startCount } = next;
      try {
        const result = await finalizeOrder(order.id, outcome, { now, data: { startCount, statusCheckedAt: now } });
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
        log.error("order finalize failed", { orderId: order.id, providerId, error });
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
  const run: SyncRun = { providerCalls: 0, checked: 0, updated: 0, finalized: 0, refunds: 0, failed: 0, dbWrites: 0 };
  const active = { status: { in: [...ACTIVE_ORDER_STATUSES] }, dispatchState: DispatchState.SENT, providerOrderId: { not: null } };

  const providers = await db.provider.findMany({
    where: { status: "ACTIVE", orders: { some: active } },
    select: { id: true, apiUrl: true, apiKeyEncrypted: true },
  });
  for (const provider of providers) {
    const client = connectProvider(provider);
    // Read the whole turn's list first: writing statusCheckedAt while paging would reshuffle it.
    const orders = await db.order.findMany({
      where: { providerId: provider.id, ...active },
      orderBy: [{ statusCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: limit,
      select: { id: true, providerOrderId: true, quantity: true, status: true, startCount: true, remains: true },
    });
    for (let i = 0; i < orders.length; i += pageSize) {
      try {
        await syncPage(provider.id, client, orders.slice(i, i + pageSize), now, run);
      } catch (error) {
        log.error("status sync page failed", { providerId: provider.id, error });
      }
    }
  }
  return run;
}
