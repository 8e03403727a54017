// Owner settings per gateway: secrets encrypted at rest and write-only (masked in the admin view,
// kept when the input is empty, absent from the audit log), limits checked, a gateway cannot be
// switched on without what it needs, and a disabled gateway takes no deposits.
import { describe, expect, it } from "vitest";
import { db, Role } from "@/lib/db";
import { createDeposit } from "@/lib/payments/create-deposit";
import {
  getGatewayConfig,
  publicGatewayConfig,
  revealSecret,
  saveGatewayConfig,
} from "@/lib/payments/gateway-settings";
import { configureSepay, makeUser, SEPAY } from "./support";

describe("gateway settings", () => {
  it("store secrets encrypted, show them masked and keep them when the input is empty", async () => {
    const admin = await makeUser(Role.ADMIN);
    await configureSepay(admin);
    const row = await db.setting.findUniqueOrThrow({ where: { key: "gateway.sepay" } });
    expect(row.value).not.toContain(SEPAY.apiKey);
    expect(row.value).not.toContain(SEPAY.hmacSecret);
    const config = await getGatewayConfig("sepay");
    expect(revealSecret(config.apiKeyEncrypted)).toBe(SEPAY.apiKey);
    const view = publicGatewayConfig("sepay", config);
    expect(view).toMatchObject({ apiKey: "set, ends in …6789", accountNumber: SEPAY.account });
    expect(JSON.stringify(view)).not.toContain(SEPAY.apiKey);

    await saveGatewayConfig("sepay", { apiKey: "", bankName: "Vietcombank" }, admin);
    expect(revealSecret((await getGatewayConfig("sepay")).apiKeyEncrypted)).toBe(SEPAY.apiKey);
    const audits = await db.auditLog.findMany({ where: { action: "gateway.update" } });
    expect(audits.length).toBeGreaterThanOrEqual(2);
    for (const a of audits) expect(`${a.before}${a.after}`).not.toContain(SEPAY.apiKey);
    expect(audits.at(-1)?.after).toContain('"changedSecrets":[]');
  });

  it("refuse inconsistent limits and switching on without credentials", async () => {
    const admin = await makeUser(Role.ADMIN);
    await expect(saveGatewayConfig("sepay", { minAmount: "50", maxAmount: "10" }, admin)).rejects.toThrow(
      "The maximum must not be below the minimum",
    );
    await expect(saveGatewayConfig("nowpayments", { enabled: true }, admin)).rejects.toThrow(
      "Set the NOWPayments API key and IPN secret first",
    );
    await expect(saveGatewayConfig("sepay", { rate: "0" }, admin)).rejects.toThrow(/positive number/);
  });

  it("take no deposit on a disabled gateway, nor outside its limits", async () => {
    const admin = await makeUser(Role.ADMIN);
    await configureSepay(admin, { minAmount: "5", maxAmount: "50" });
    const user = await makeUser();
    await expect(createDeposit(user.id, { gateway: "sepay", amount: "4.99" })).rejects.toThrow(
      "The minimum is $5.00",
    );
    await expect(createDeposit(user.id, { gateway: "sepay", amount: "50.01" })).rejects.toThrow(
      "The maximum is $50.00",
    );
    await expect(createDeposit(user.id, { gateway: "nowpayments", amount: "10" })).rejects.toThrow(
      "This payment method is not available",
    );
    await saveGatewayConfig("sepay", { enabled: false }, admin);
    await expect(createDeposit(user.id, { gateway: "sepay", amount: "10" })).rejects.toThrow(
      "This payment method is not available",
    );
  });
});
