// A top-up amount outside the panel's or the gateway's limits; pages show it in the reader's language.
import { AppError } from "../errors";

export function amountOutside(limit: "minimum" | "maximum", amount: string): AppError {
  return new AppError(`The ${limit} is ${amount}`, limit === "minimum" ? "amount_too_small" : "amount_too_large", "amount", {
    key: `errors.payment.${limit}`,
    values: { amount },
  });
}
