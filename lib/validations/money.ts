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
};

export function moneyInput(options: MoneyInputOptions & { optional: true }): z.ZodType<bigint | null, string>;
export function moneyInput(options: MoneyInputOptions): z.ZodType<bigint, string>;
export function moneyInput({ message, optional, positive }: MoneyInputOptions): z.ZodType<bigint | null, string> | z.ZodType<bigint, string> {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (optional && text === "") return null;
      const units = parseMoney(text);
      if (units === null || units < 0n || (positive && units === 0n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return units;
    });
}
