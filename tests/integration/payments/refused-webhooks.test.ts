// Refused webhook calls cannot fill the database (issue #23, item 18): past a few per minute from
// one IP they are answered 429 and not stored, the ones stored keep only the start of the body,
// a genuine call from the same address still credits, and every exchange log is pruned after
// the retention the owner set (a job under the lease, like the others).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, Role } from "@/lib/db";
import { runJobOnce } from "@/lib/jobs/scheduler";
import { jobs } from "@/lib/jobs/registry";
import { createDeposit } from "@/lib/payments/create-deposit";
import { saveGatewayConfig } from "@/lib/payments/gateway-settings";
import { sendSepayWebhook, sepayPayload } from "@/lib/payments/simulator/sepay-sender";
import { updateSettings } from "@/lib/settings/settings";
import { balanceOf, configureSepay, makeUser, SEPAY, servePanel, type PanelServer } from "./support";

let panel: PanelServer;

beforeAll(async () => {
  panel = await servePanel();
  const admin = await makeUser(Role.ADMIN);
  await configureSepay(admin);
  await saveGatewayConfig(
    "nowpayments",
    { apiKey: "np-key-0123456789", ipnSecret: "np-ipn-secret-0123456789" },
    admin,
  );
});
afterAll(() => panel.close());

const junk = "x".repeat(60 * 1024 - 20);

async function post(url: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ junk }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("refused webhook calls", () => {
  it.each([
    ["sepay", () => panel.sepayUrl, { authorization: "Apikey wrong" }],
    ["nowpayments", () => panel.nowpaymentsUrl, { "x-nowpayments-sig": "forged" }],
  ] as const)(
    "%s: 300 unauthenticated 60 KB posts store a few small rows, the rest are answered 429",
    async (gateway, url, headers) => {
      const last =
        (await db.gatewayExchange.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
      const statuses: number[] = [];
      for (let i = 0; i < 300; i++) statuses.push(await post(url(), headers));
      const stored = await db.gatewayExchange.findMany({
        where: { gateway, id: { gt: last } },
        select: { body: true },
      });
      expect(stored.length).toBeLessThanOrEqual(30);
      expect(stored.filter((row) => row.body.length > 600).map((row) => row.body.length)).toEqual([]);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(270);
      expect(statuses.filter((s) => s !== 429 && s !== 401)).toEqual([]);
    },
  );

  it("a genuine SePay call from the same address still credits", async () => {
    const user = await makeUser();
    const deposit = await createDeposit(user.id, { gateway: "sepay", amount: "10" });
    const answer = await sendSepayWebhook(
      panel.sepayUrl,
      sepayPayload({ accountNumber: SEPAY.account, amount: 250000, content: deposit.code }),
      { apiKey: SEPAY.apiKey, hmacSecret: SEPAY.hmacSecret },
    );
    expect(answer).toEqual({ status: 200, body: { success: true } });
    expect(await balanceOf(user.id)).toBe(1_000_000n);
  });
});

describe("exchange log retention", () => {
  it("the prune job removes gateway and provider exchanges older than the owner's retention, under its lease", async () => {
    await updateSettings({ gatewayExchangeRetentionDays: 30, providerExchangeRetentionDays: 7 });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const provider = await db.provider.create({
      data: { name: "Retention test", apiUrl: "https://provider.example/api/v2", apiKeyEncrypted: "x" },
    });
    const gatewayRows = await Promise.all(
      [40, 10].map((days) =>
        db.gatewayExchange.create({
          data: {
            gateway: "sepay",
            direction: "in",
            outcome: `aged ${days}`,
            body: "{}",
            createdAt: daysAgo(days),
          },
        }),
      ),
    );
    const providerRows = await Promise.all(
      [10, 2].map((days) =>
        db.providerExchange.create({
          data: {
            providerId: provider.id,
            action: "status",
            outcome: "accepted",
            durationMs: 5,
            createdAt: daysAgo(days),
          },
        }),
      ),
    );

    const prune = jobs.find((job) => job.name === "exchanges.prune");
    expect(prune?.name).toBe("exchanges.prune");
    expect(await runJobOnce(prune!, 60_000)).toBe(true);

    const keptGateway = await db.gatewayExchange.findMany({
      where: { id: { in: gatewayRows.map((r) => r.id) } },
      select: { outcome: true },
    });
    expect(keptGateway).toEqual([{ outcome: "aged 10" }]);
    const keptProvider = await db.providerExchange.findMany({
      where: { id: { in: providerRows.map((r) => r.id) } },
      select: { id: true },
    });
    expect(keptProvider).toEqual([{ id: providerRows[1].id }]);
  });
});
