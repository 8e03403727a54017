// "Stuck": orders still queued for dispatch after the owner's threshold. One rule for the
// dashboard's count and the admin orders list it links to.
import { DispatchState, type Prisma } from "../db";
import type { Settings } from "../settings/schema";

export function stuckOrderWhere(
  settings: Pick<Settings, "stuckOrderMinutes">,
  now = new Date(),
): Prisma.OrderWhereInput {
  return {
    dispatchState: DispatchState.QUEUED,
    createdAt: { lt: new Date(now.getTime() - settings.stuckOrderMinutes * 60_000) },
  };
}
