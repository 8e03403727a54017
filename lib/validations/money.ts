// Money typed into a form ("12.50") -> exact units, one rule for every form and action.
import { z } from "zod";
import { parseMoney } from "../money";

type MoneyInputOptions = {
  /** What the error says, e.g. "Enter an amount like 10 or 12.50". */
  message: string;
  /** "" becomes null instead of an error. */
  optional?: boolean;
  /** Zero is refused (amounts to credit, debit or pay). */
  positive?: boolean;
  /**
   * At most this many decimals (default 5, for rates per 1000). Amounts take 2: "250.000" is
   * how a Vietnamese writes 250,000, and read as 250.000 it would be a thousand times smaller.
   * Refused, the owner types it again; never misread.
   */
  decimals?: number;
};

export function moneyInput(options: MoneyInputOptions & { optional: true }): z.ZodType<bigint | null, string>;
export function moneyInput(options: MoneyInputOptions): z.ZodType<bigint, string>;
export function moneyInput({
  message,
  optional,
  positive,
  decimals = 5,
}: MoneyInputOptions): z.ZodType<bigint | null, string> | z.ZodType<bigint, string> {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (optional && text === "") return null;
      const units = parseMoney(text);
      const fraction = text.split(".")[1] ?? "";
      if (units === null || units < 0n || (positive && units === 0n) || fraction.length > decimals) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return units;
    });
}
