// The demo's gateways on a panel that sells in VND (PANEL_CURRENCY=VND): their deposit limits are
// the panel's own, in VND, so a customer can top up 250.000 ₫ (the VND e2e found "The maximum is
// ₫1,000": limits written as if the panel sold in USD).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDeposit } from "@/lib/payments/create-deposit";
import { ensureDemoGateways } from "@/lib/payments/demo";
import { getGatewayConfig } from "@/lib/payments/gateway-settings";
import {
  startNowpaymentsSimulator,
  type NowpaymentsSimulator,
} from "@/lib/payments/simulator/nowpayments-simulator";
import { applyPanelCurrency } from "@/lib/setup/panel-currency";
import { getSettings, updateSettings } from "@/lib/settings/settings";
import { makeUser } from "./support";

let sim: NowpaymentsSimulator;

beforeAll(async () => {
  sim = await startNowpaymentsSimulator({ host: "127.0.0.1", port: 0 });
  // Not at the demo's configured port (a free one): the owner allows private addresses.
  await updateSettings({ allowPrivateProviderUrls: true });
});

afterAll(async () => {
  await sim?.close();
});

it("takes the panel's deposit limits in its own currency, and a 250.000 ₫ top-up is accepted", async () => {
  expect(await applyPanelCurrency("VND")).toBe(true);
  await ensureDemoGateways(sim);
  const { minDeposit, maxDeposit } = await getSettings();
  for (const gateway of ["sepay", "nowpayments"] as const) {
    expect(await getGatewayConfig(gateway)).toMatchObject({
      enabled: true,
      minAmount: minDeposit,
      maxAmount: maxDeposit,
    });
  }
  const customer = await makeUser();
  const deposit = await createDeposit(customer.id, { gateway: "sepay", amount: "250000" });
  expect(deposit).toMatchObject({ userId: customer.id, gateway: "sepay" });
});
