// One outbound-URL rule for every URL an owner types (provider API, NOWPayments API, exchange
// rate feed) and for SMTP: private and special addresses are refused at save time and again at
// connection time, before any connection exists, and the connection goes to the address that
// was checked (a DNS answer that changes after the check reaches nothing).
import dns from "node:dns";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { refreshRates } from "@/lib/currency/refresh-rates";
import { db, Role } from "@/lib/db";
import { appSecret, env } from "@/lib/env.mjs";
import { smtpTransport } from "@/lib/mail/transport";
import { getGatewayConfig, saveGatewayConfig } from "@/lib/payments/gateway-settings";
import { createInvoice } from "@/lib/payments/nowpayments/client";
import { connectProvider, flushExchangeLog } from "@/lib/providers/connect";
import { createProvider, updateProvider } from "@/lib/providers/manage-providers";
import { saveSettings } from "@/lib/settings/save-settings";
import { updateSettings } from "@/lib/settings/settings";
import { createUser } from "@/lib/users/create-user";
import { startTestSmtp, type TestSmtp } from "../../support/smtp";

const system = { id: null };
let owner: { id: number };

// A loopback server standing in for an internal service: it counts every connection made to it.
let server: Server;
let port: number;
let connections = 0;
let hosts: (string | undefined)[] = [];
let smtp: TestSmtp;

beforeAll(async () => {
  owner = await createUser({ email: "owner@outbound.test", password: "test-pass-1", role: Role.ADMIN });
  server = createServer((req, res) => {
    hosts.push((req.headers as IncomingHttpHeaders).host);
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        balance: "12.50",
        currency: "USD",
        id: "1",
        invoice_url: "http://internal.example/secret",
        base: "USD",
        rates: { VND: 25000 },
      }),
    );
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  smtp = await startTestSmtp();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await smtp.close();
});

async function clearProviders() {
  await flushExchangeLog();
  await db.providerExchange.deleteMany();
  await db.provider.deleteMany();
}

afterEach(async () => {
  vi.restoreAllMocks();
  await updateSettings({ allowPrivateProviderUrls: false });
});

// Each special range as a typed URL: IPv4, IPv6, IPv4 carried inside IPv6, names, nonsense.
const REFUSED_EVERYWHERE = [
  "http://0.0.0.0/",
  "http://0.1.2.3/",
  "http://169.254.169.254/latest",
  "http://192.0.0.1/",
  "http://192.0.2.1/",
  "http://198.18.0.1/",
  "http://198.19.255.1/",
  "http://198.51.100.1/",
  "http://203.0.113.1/",
  "http://224.0.0.1/",
  "http://239.1.1.1/",
  "http://240.0.0.1/",
  "http://255.255.255.255/",
  "http://[::]/",
  "http://[fe80::1]/",
  "http://[ff02::1]/",
  "http://[2001:db8::1]/",
  "http://[::ffff:169.254.169.254]/",
  "http://[64:ff9b::a9fe:a9fe]/",
  "http://no-such-host.invalid/api/v2",
];
const PRIVATE = [
  "http://10.0.0.5/api",
  "http://100.64.0.1/",
  "http://127.0.0.1:6379/",
  "http://172.16.0.1/",
  "http://172.31.255.255/",
  "http://192.168.1.20/",
  "http://localhost/api/v2",
  "http://2130706433/",
  "http://0x7f.1/",
  "http://[::1]:8080/",
  "http://[fc00::1]/",
  "http://[fd12:3456::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::127.0.0.1]/",
  "http://[64:ff9b::7f00:1]/",
  "http://[2002:7f00:1::1]/",
  "http://[2002:c0a8:101::1]/",
];
const PUBLIC = [
  "https://8.8.8.8/api/v2",
  "https://[2606:4700:4700::1111]/api/v2",
  "https://[64:ff9b::808:808]/api/v2",
  "https://[2002:808:808::1]/api/v2",
];

type Field = { name: string; save(url: string, i: number): Promise<unknown> };
const FIELDS: Field[] = [
  {
    name: "provider",
    save: (url, i) => createProvider({ name: `P${i} ${url}`, apiUrl: url, apiKey: "k" }, system),
  },
  { name: "nowpayments", save: (url) => saveGatewayConfig("nowpayments", { apiUrl: url }, { id: owner.id }) },
  { name: "rate feed", save: (url) => saveSettings({ rateRefreshUrl: url }, { id: owner.id }) },
];

/** The URLs a field stored, of those given. */
async function accepted(field: Field, urls: string[]): Promise<string[]> {
  const stored: string[] = [];
  for (const [i, url] of urls.entries()) {
    const ok = await field.save(url, i).then(
      () => true,
      () => false,
    );
    if (ok) stored.push(url);
  }
  await clearProviders();
  await saveGatewayConfig("nowpayments", { apiUrl: "https://8.8.8.8/v1" }, system);
  await saveSettings({ rateRefreshUrl: "" }, { id: owner.id });
  return stored;
}

describe("at save time", () => {
  it.each(FIELDS.map((f) => [f.name, f] as const))(
    "%s: refuses private and special addresses and unresolvable hosts; takes public ones",
    async (_name, field) => {
      expect(await accepted(field, [...REFUSED_EVERYWHERE, ...PRIVATE])).toEqual([]);
      expect(await accepted(field, PUBLIC)).toEqual(PUBLIC);
    },
  );

  it.each(FIELDS.map((f) => [f.name, f] as const))(
    "%s: the owner's 'allow private addresses' opens private networks, never the special ranges",
    async (_name, field) => {
      await updateSettings({ allowPrivateProviderUrls: true });
      expect(await accepted(field, REFUSED_EVERYWHERE)).toEqual([]);
      expect(await accepted(field, PRIVATE)).toEqual(PRIVATE);
    },
  );

  it("lets the Demo provider sit only at the demo's own configured loopback address, also when edited", async () => {
    const demoUrl = `http://127.0.0.1:${env.DEMO_PROVIDER_PORT}/api/v2`;
    await expect(
      createProvider(
        { name: "Demo elsewhere", apiUrl: `http://127.0.0.1:${port}/api/v2`, apiKey: "k" },
        system,
        { isDemo: true },
      ),
    ).rejects.toThrow(/private network/);
    const demo = await createProvider({ name: "Demo provider", apiUrl: demoUrl, apiKey: "k" }, system, {
      isDemo: true,
    });
    await expect(
      updateProvider(
        demo.id,
        { name: "Demo provider", apiUrl: "http://127.0.0.1:6379/", apiKey: "k2" },
        system,
      ),
    ).rejects.toThrow(/private network/);
    await expect(
      updateProvider(
        demo.id,
        { name: "Demo provider", apiUrl: "http://[64:ff9b::7f00:1]/api/v2", apiKey: "k2" },
        system,
      ),
    ).rejects.toThrow(/private network/);
    expect((await db.provider.findUniqueOrThrow({ where: { id: demo.id } })).apiUrl).toBe(demoUrl);
    await clearProviders();
  });
});

describe("at connection time, before any connection", () => {
  const loopback = () => `http://127.0.0.1:${port}`;

  async function providerBalance(apiUrl: string) {
    // Stored as it would be when the owner allowed private addresses once, then turned that off.
    const row = await db.provider.create({
      data: { name: `Stored ${apiUrl}`, apiUrl, apiKeyEncrypted: encryptSecret("k", appSecret()) },
    });
    return connectProvider(row).balance();
  }

  it("refuses a provider URL on loopback, by address or by name, and calls it once the owner allows private addresses", async () => {
    connections = 0;
    expect(await providerBalance(`${loopback()}/api/v2`)).toMatchObject({
      kind: "temporary",
      reason: expect.stringMatching(/address refused/),
    });
    expect(await providerBalance(`http://localhost:${port}/api/v2`)).toMatchObject({
      kind: "temporary",
      reason: expect.stringMatching(/address refused/),
    });
    expect(await providerBalance(`http://[::ffff:127.0.0.1]:${port}/api/v2`)).toMatchObject({
      kind: "temporary",
    });
    expect(connections).toBe(0);

    await updateSettings({ allowPrivateProviderUrls: true });
    expect(await providerBalance(`${loopback()}/v2`)).toMatchObject({ kind: "ok" });
    expect(connections).toBe(1);
  });

  it("refuses the NOWPayments API URL and the rate feed on loopback", async () => {
    connections = 0;
    await db.setting.upsert({
      where: { key: "gateway.nowpayments" },
      create: {
        key: "gateway.nowpayments",
        value: JSON.stringify({
          apiUrl: `${loopback()}/v1`,
          apiKeyEncrypted: encryptSecret("np", appSecret()),
        }),
      },
      update: {
        value: JSON.stringify({
          apiUrl: `${loopback()}/v1`,
          apiKeyEncrypted: encryptSecret("np", appSecret()),
        }),
      },
    });
    const request = {
      price_amount: "10",
      price_currency: "usd",
      order_id: "D1",
      order_description: "Top-up",
      ipn_callback_url: "https://8.8.8.8/ipn",
      success_url: "https://8.8.8.8/",
      cancel_url: "https://8.8.8.8/",
    };
    const deposit = await db.deposit.create({
      data: {
        userId: owner.id,
        gateway: "nowpayments",
        code: "D1",
        amount: 10n,
        payAmount: "10",
        payCurrency: "USD",
        rate: "1",
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await expect(createInvoice(await getGatewayConfig("nowpayments"), request, deposit.id)).rejects.toThrow(
      /unavailable/,
    );
    expect(
      await db.gatewayExchange.findMany({
        where: { body: { contains: "internal.example" } },
        select: { body: true },
      }),
    ).toEqual([]);

    await updateSettings({ rateRefreshUrl: `${loopback()}/latest`, currencyCode: "VND" });
    await db.provider.create({
      data: { name: "USD provider", apiUrl: "https://8.8.8.8/api/v2", apiKeyEncrypted: "x", currency: "USD" },
    });
    expect(await refreshRates()).toEqual([]);
    expect(connections).toBe(0);
    await updateSettings({ rateRefreshUrl: "", currencyCode: "USD" });
    await clearProviders();
  });

  it("refuses an SMTP host at a reserved address (0.0.0.0 reaches this machine) and sends through a local relay", async () => {
    await expect(
      smtpTransport(`smtp://0.0.0.0:${smtp.port}`).send({
        id: 1,
        to: "a@outbound.test",
        subject: "s",
        text: "t",
        html: "<p>t</p>",
      }),
    ).rejects.toThrow(/reserved address/);
    expect(smtp.received).toEqual([]);
    await smtpTransport(smtp.url).send({
      id: 2,
      to: "b@outbound.test",
      subject: "s",
      text: "t",
      html: "<p>t</p>",
    });
    expect(smtp.received.map((m) => m.to)).toEqual([["b@outbound.test"]]);
  });

  it("connects to the address it checked: a name that turns private after the save check reaches nothing", async () => {
    const answers = ["8.8.8.8", "127.0.0.1"];
    const lookup = vi
      .spyOn(dns.promises, "lookup")
      .mockImplementation((async () => [{ address: answers.shift() ?? "127.0.0.1", family: 4 }]) as never);
    connections = 0;
    const provider = await createProvider(
      { name: "Rebinding", apiUrl: `http://rebind.outbound.test:${port}/api/v2`, apiKey: "k" },
      system,
    );
    const row = await db.provider.findUniqueOrThrow({ where: { id: provider.id } });
    expect(await connectProvider(row).balance()).toMatchObject({
      kind: "temporary",
      reason: expect.stringMatching(/address refused/),
    });
    expect(connections).toBe(0);
    expect(lookup).toHaveBeenCalledTimes(2);
    await clearProviders();
  });

  it("keeps the URL's Host when it connects to the resolved address", async () => {
    await updateSettings({ allowPrivateProviderUrls: true });
    vi.spyOn(dns.promises, "lookup").mockImplementation((async () => [
      { address: "127.0.0.1", family: 4 },
    ]) as never);
    hosts = [];
    expect(await providerBalance(`http://upstream.outbound.test:${port}/api/v2`)).toMatchObject({
      kind: "ok",
    });
    expect(hosts).toEqual([`upstream.outbound.test:${port}`]);
    await clearProviders();
  });
});
