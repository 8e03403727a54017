// balance: the caller's balance as read with their key, in the panel currency.
import { formatMoney } from "../../money";
import type { ApiActionDefinition } from "../action-types";

export const balanceAction: ApiActionDefinition = {
  name: "balance",
  kind: "read",
  title: "User balance",
  description: "Your balance in the panel currency.",
  forms: [{ title: "User balance", params: [], response: { balance: "100.84292", currency: "USD" } }],
  async run({ caller, currency }) {
    return { balance: formatMoney(caller.balance), currency: await currency() };
  },
};
