"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { setExchangeRate } from "@/lib/currency/set-exchange-rate";
import { setProviderCurrency } from "@/lib/currency/set-provider-currency";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import type { ExchangeRateInput } from "@/lib/validations/currency";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

function refreshPrices() {
  revalidatePath("/admin", "layout");
  revalidatePath("/services");
  revalidatePath("/new-order");
}

export async function setExchangeRateAction(input: ExchangeRateInput) {
  return runAction("setExchangeRate", async () => {
    const change = await setExchangeRate(input, await actor());
    refreshPrices();
    return { repriced: change.repriced, changed: change.changed };
  });
}

export async function setProviderCurrencyAction(providerId: number, currency: string) {
  return runAction("setProviderCurrency", async () => {
    const result = await setProviderCurrency(providerId, currency, await actor());
    refreshPrices();
    return result;
  });
}
