// The reseller API's actions, in the order the API page documents them. The handler runs them
// and the API page renders their parameters and example answers from this same table.
import type { ApiActionDefinition } from "./action-types";
import { addAction } from "./actions/add";
import { balanceAction } from "./actions/balance";
import { cancelAction } from "./actions/cancel";
import { refillAction } from "./actions/refill";
import { refillStatusAction } from "./actions/refill-status";
import { servicesAction } from "./actions/services";
import { statusAction } from "./actions/status";

export const API_ACTIONS: readonly ApiActionDefinition[] = [
  servicesAction,
  addAction,
  statusAction,
  refillAction,
  refillStatusAction,
  cancelAction,
  balanceAction,
];

const byName = new Map(API_ACTIONS.map((action) => [action.name, action]));

export function findApiAction(name: string | undefined): ApiActionDefinition | undefined {
  return name === undefined ? undefined : byName.get(name);
}
