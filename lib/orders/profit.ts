// One profit rule for every page that shows profit. An order earns what the customer keeps
// paying (charge minus refunds) less what the provider keeps: the cost booked when the order
// ended, where its status cannot tell it (a flat-price partial: the provider's kept share; an
// order an admin refunded while the provider may still deliver: all of it); else nothing for a
// canceled order, the delivered share of the cost (rounded down) for a partial one, the whole
// cost otherwise.
import { OrderStatus } from "../db/generated/sqlite/enums";
import { divCeil } from "../money";

type CostedOrder = {
  status: OrderStatus | string;
  quantity: number;
  remains: number | null;
  cost: bigint;
  costBooked: bigint | null;
};

/** Provider cost of an order (units), as the dashboard sums it. */
export function providerCost(order: CostedOrder): bigint {
  if (order.costBooked !== null) return order.costBooked;
  if (order.status === OrderStatus.CANCELED) return 0n;
  if (order.status === OrderStatus.PARTIAL && order.quantity > 0) {
    return (order.cost * BigInt(order.quantity - (order.remains ?? 0))) / BigInt(order.quantity);
  }
  return order.cost;
}

export function orderProfit(order: CostedOrder & { charge: bigint; refunded: bigint }): bigint {
  return order.charge - order.refunded - providerCost(order);
}

/** providerCost as a SQL expression over the "Order" columns, for grouped scans (same rule). */
export const PROVIDER_COST_SQL = `CASE WHEN "costBooked" IS NOT NULL THEN "costBooked"
      WHEN status = 'CANCELED' THEN 0
      WHEN status = 'PARTIAL' AND quantity > 0 THEN cost * (quantity - COALESCE(remains, 0)) / quantity
      ELSE cost END`;

/** The cost a provider keeps of an order it ended by its own charge: cost x kept / of, within [0, cost]. */
export function keptCost(cost: bigint, share: { kept: bigint; of: bigint }): bigint {
  if (share.of <= 0n || share.kept >= share.of) return cost;
  if (share.kept <= 0n) return 0n;
  return divCeil(cost * share.kept, share.of);
}
