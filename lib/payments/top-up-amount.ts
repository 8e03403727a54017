// The amount a customer types to top up: read as the page writes numbers ("250.000" on a
// Vietnamese VND page), checked against the limits; errors name amounts the reader's way.
import { AppError } from "../errors";
import {
  currencyDecimals,
  formatAmountInput,
  formatCurrency,
  parseAmountInput,
  type MoneyFormat,
} from "../format";
import { UNITS_PER_CURRENCY } from "../money";

type PanelMoney = MoneyFormat & { currencyCode: string };

/** The amount field's example: the smallest amount taken, or 25 when there is no minimum. */
export function exampleAmount(min: bigint): bigint {
  return min > 0n ? min : 25n * UNITS_PER_CURRENCY;
}

/** How the amount field is typed on this panel: its example and whether it takes decimals. */
export type AmountField = { placeholder: string; decimals: boolean };

export function amountField(min: bigint, currencyCode: string, locale: string): AmountField {
  return {
    placeholder: formatAmountInput(exampleAmount(min), currencyCode, locale),
    decimals: currencyDecimals(currencyCode) > 0,
  };
}

export function readTopUpAmount(
  text: string,
  money: PanelMoney,
  locale: string,
  limits: { min: bigint; max: bigint | null },
): bigint {
  const amount = parseAmountInput(text, money.currencyCode, locale);
  if (amount === null || amount <= 0n) {
    const example = exampleAmount(limits.min);
    throw new AppError(
      `Enter an amount like ${formatAmountInput(example, money.currencyCode)}`,
      "invalid_amount",
      "amount",
      {
        key: "errors.payment.amountExample",
        values: { example: formatAmountInput(example, money.currencyCode, locale) },
      },
    );
  }
  if (amount < limits.min) throw amountOutside("minimum", limits.min, money);
  if (limits.max !== null && amount > limits.max) throw amountOutside("maximum", limits.max, money);
  return amount;
}

function amountOutside(limit: "minimum" | "maximum", amount: bigint, money: MoneyFormat): AppError {
  return new AppError(
    `The ${limit} is ${formatCurrency(amount, money)}`,
    limit === "minimum" ? "amount_too_small" : "amount_too_large",
    "amount",
    {
      key: `errors.payment.${limit}`,
      amounts: { amount },
    },
  );
}
