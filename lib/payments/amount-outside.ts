// A top-up amount outside the panel's or the gateway's limits; pages show it in the reader's language.
import { AppError } from "../errors";
import { formatCurrency, type MoneyFormat } from "../format";

export function amountOutside(limit: "minimum" | "maximum", amount: bigint, money: MoneyFormat): AppError {
  return new AppError(`The ${limit} is ${formatCurrency(amount, money)}`, limit === "minimum" ? "amount_too_small" : "amount_too_large", "amount", {
    key: `errors.payment.${limit}`,
    amounts: { amount },
  });
}
