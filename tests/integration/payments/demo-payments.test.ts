// Demo payments never reach real money (issue #23, item 1): the demo is a state per gateway that
// the owner's first save ends, the "simulate" action refuses outside it, a restart leaves what
// the owner entered alone, and an https public URL without DEMO_PROVIDER starts no demo at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, Role } from "@/lib/db";
import { parseEnv } from "@/lib/env.mjs";
import { createDeposit } from "@/lib/payments/create-deposit";
import { ensureDemoGateways, listDemoGateways, simulateDemoPayment } from "@/lib/payments/demo";
import { getGatewayConfig, revealSecret, saveGatewayConfig } from "@/lib/payments/gateway-settings";
import {
  startNowpaymentsSimulator,
  type NowpaymentsSimulator,
} from "@/lib/payments/simulator/nowpayments-simulator";
import { ensureDemoProvider } from "@/lib/setup/demo-provider";
import { updateSettings } from "@/lib/settings/settings";
import { balanceOf, configureSepay, makeUser } from "./support";

let sim: NowpaymentsSimulator;
let restarted: NowpaymentsSimulator;

beforeAll(async () => {
  sim = await startNowpaymentsSimulator({ host: "127.0.0.1", port: 0 });
  restarted = await startNowpaymentsSimulator({ host: "127.0.0.1", port: 0 });
  // The simulators are not at the demo's configured ports (free ones): the owner allows private addresses.
  await updateSettings({ allowPrivateProviderUrls: true });
});

afterAll(async () => {
  await sim?.close();
  await restarted?.close();
});

describe("demo payments", () => {
  it("are on for both gateways of a fresh demo install, and shown as such", async () => {
    await ensureDemoGateways(sim);
    expect(await listDemoGateways()).toEqual(["sepay", "nowpayments"]);
  });

  it("end for SePay when the owner saves real SePay settings: the simulate action refuses and nothing is credited", async () => {
    const admin = await makeUser(Role.ADMIN);
    await configureSepay(admin, { rate: "1", maxAmount: "1000000" });

    const customer = await makeUser();
    const deposit = await createDeposit(customer.id, { gateway: "sepay", amount: "100" });
    await expect(simulateDemoPayment(customer.id, deposit.id)).rejects.toMatchObject({ code: "not_demo" });
    expect(await balanceOf(customer.id)).toBe(0n);
    expect(await listDemoGateways()).toEqual(["nowpayments"]);
  });

  it("a restart keeps the owner's NOWPayments URL, key and IPN secret", async () => {
    const admin = await makeUser(Role.ADMIN);
    await saveGatewayConfig(
      "nowpayments",
      { apiUrl: "https://8.8.8.8/v1", apiKey: "owner-np-api-key", ipnSecret: "owner-np-ipn-secret" },
      admin,
    );

    await ensureDemoGateways(restarted);
    const config = await getGatewayConfig("nowpayments");
    expect({
      apiUrl: config.apiUrl,
      apiKey: revealSecret(config.apiKeyEncrypted),
      ipnSecret: revealSecret(config.ipnSecretEncrypted),
      demo: config.demo,
    }).toEqual({
      apiUrl: "https://8.8.8.8/v1",
      apiKey: "owner-np-api-key",
      ipnSecret: "owner-np-ipn-secret",
      demo: false,
    });
    expect(await listDemoGateways()).toEqual([]);
  });

  it("the demo flag is not an input: the owner's form cannot switch a gateway back to demo", async () => {
    const admin = await makeUser(Role.ADMIN);
    await saveGatewayConfig("sepay", { demo: true, bankName: "Vietcombank" }, admin);
    expect(await getGatewayConfig("sepay")).toMatchObject({ demo: false });
  });
});

describe("the Demo provider on restart", () => {
  it("follows the running simulator, but keeps a URL the owner entered", async () => {
    const id = await ensureDemoProvider({ url: "http://127.0.0.1:41001/api/v2", key: "sim-key-1" });
    expect(await ensureDemoProvider({ url: "http://127.0.0.1:41002/api/v2", key: "sim-key-2" })).toBe(id);
    expect((await db.provider.findUniqueOrThrow({ where: { id } })).apiUrl).toBe(
      "http://127.0.0.1:41002/api/v2",
    );

    await db.provider.update({
      where: { id },
      data: { apiUrl: "https://real-provider.example/api/v2", apiKeyEncrypted: "owner-key-encrypted" },
    });
    await ensureDemoProvider({ url: "http://127.0.0.1:41003/api/v2", key: "sim-key-3" });
    const row = await db.provider.findUniqueOrThrow({ where: { id } });
    expect({ apiUrl: row.apiUrl, apiKeyEncrypted: row.apiKeyEncrypted }).toEqual({
      apiUrl: "https://real-provider.example/api/v2",
      apiKeyEncrypted: "owner-key-encrypted",
    });
  });
});

describe("DEMO_PROVIDER's default", () => {
  it("is off with an https public URL, on for a local one, and an explicit setting wins", () => {
    const demoOf = (source: Record<string, string>) =>
      parseEnv({ APP_SECRET: "x".repeat(32), ...source }).DEMO_PROVIDER;
    expect({
      https: demoOf({ NEXTAUTH_URL: "https://panel.example.com" }),
      httpsExplicitOn: demoOf({ NEXTAUTH_URL: "https://panel.example.com", DEMO_PROVIDER: "on" }),
      local: demoOf({ NEXTAUTH_URL: "http://localhost:3000" }),
      unset: demoOf({}),
      localExplicitOff: demoOf({ DEMO_PROVIDER: "off" }),
    }).toEqual({ https: false, httpsExplicitOn: true, local: true, unset: true, localExplicitOff: false });
  });
});
