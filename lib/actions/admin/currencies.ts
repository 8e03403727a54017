"use server";
// Exchange rates and providers' currencies; both re-price the catalog.
import { revalidatePath } from "next/cache";
import { setExchangeRate } from "@/lib/currency/set-exchange-rate";
import { setProviderCurrency } from "@/lib/currency/set-provider-currency";
import { idSchema } from "@/lib/validations/id";
import type { ExchangeRateInput } from "@/lib/validations/currency";
import { adminAction, parsedByDomain } from "../safe-action";

function refreshPrices() {
  revalidatePath("/admin", "layout");
  revalidatePath("/services");
  revalidatePath("/new-order");
}

export const setExchangeRateAction = adminAction(
  "setExchangeRate",
  [parsedByDomain<ExchangeRateInput>()],
  async (who, input) => {
    const change = await setExchangeRate(input, who);
    refreshPrices();
    return { repriced: change.repriced, changed: change.changed };
  },
);

export const setProviderCurrencyAction = adminAction(
  "setProviderCurrency",
  [idSchema, parsedByDomain<string>()],
  async (who, providerId, currency) => {
    const result = await setProviderCurrency(providerId, currency, who);
    refreshPrices();
    return result;
  },
);
