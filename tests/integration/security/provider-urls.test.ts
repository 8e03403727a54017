// Provider URLs: a changed host needs its key again (the stored key never goes to a new host),
// and addresses on this machine or a private network are refused unless the owner allows them.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env.mjs";
import { createProvider, updateProvider } from "@/lib/providers/manage-providers";
import { classifyAddress } from "@/lib/http/outbound-url";
import { updateSettings } from "@/lib/settings/settings";

const actor = { id: null };
// Public addresses as IP literals: the save check resolves host names, and tests run offline.
const PUBLIC = "https://8.8.8.8/api/v2";

it("refuses a new provider on loopback or a private network until the owner allows it", async () => {
  await updateSettings({ allowPrivateProviderUrls: false });
  for (const apiUrl of [
    "http://127.0.0.1:3100/api/v2",
    "http://localhost/api/v2",
    "http://10.0.0.5/api",
    "http://192.168.1.20/api",
    "http://169.254.169.254/latest",
    "http://[::1]:8080/api",
  ]) {
    await expect(createProvider({ name: `P ${apiUrl}`, apiUrl, apiKey: "k" }, actor)).rejects.toThrow(
      /private network|reserved address/,
    );
  }
  expect(await db.provider.count()).toBe(0);

  // The demo provider (the built-in simulator) is on this machine by design, at its configured port.
  await expect(
    createProvider(
      { name: "Demo", apiUrl: `http://127.0.0.1:${env.DEMO_PROVIDER_PORT}/api/v2`, apiKey: "k" },
      actor,
      { isDemo: true },
    ),
  ).resolves.toMatchObject({ name: "Demo" });

  await updateSettings({ allowPrivateProviderUrls: true });
  await expect(
    createProvider({ name: "Lab", apiUrl: "http://10.0.0.5/api", apiKey: "k" }, actor),
  ).resolves.toMatchObject({ name: "Lab" });
  await updateSettings({ allowPrivateProviderUrls: false });
});

it("refuses moving a provider to a private address by an edit", async () => {
  const { id } = await createProvider({ name: "Public", apiUrl: PUBLIC, apiKey: "k1" }, actor);
  await expect(
    updateProvider(id, { name: "Public", apiUrl: "http://127.0.0.1:6379/", apiKey: "k2" }, actor),
  ).rejects.toThrow(/private network/);
});

it("asks for the key again when the URL's host changes", async () => {
  const { id } = await createProvider({ name: "Moving", apiUrl: PUBLIC, apiKey: "old-key" }, actor);
  const before = await db.provider.findUniqueOrThrow({ where: { id } });
  await expect(
    updateProvider(id, { name: "Moving", apiUrl: "https://1.1.1.1/api/v2", apiKey: "" }, actor),
  ).rejects.toThrow("enter the API key");
  expect((await db.provider.findUniqueOrThrow({ where: { id } })).apiUrl).toBe(PUBLIC);

  // Same host, another path: the key stays.
  await updateProvider(id, { name: "Moving", apiUrl: "https://8.8.8.8/api/v3", apiKey: "" }, actor);
  expect((await db.provider.findUniqueOrThrow({ where: { id } })).apiKeyEncrypted).toBe(
    before.apiKeyEncrypted,
  );
  // A new host with its key.
  await updateProvider(id, { name: "Moving", apiUrl: "https://9.9.9.9/api/v2", apiKey: "new-key" }, actor);
  expect((await db.provider.findUniqueOrThrow({ where: { id } })).apiUrl).toBe("https://9.9.9.9/api/v2");
});

it("knows the private ranges", () => {
  const kinds = (addresses: string[]) => Object.fromEntries(addresses.map((a) => [a, classifyAddress(a)]));
  const privates = [
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "100.64.0.1",
    "::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::127.0.0.1",
    "64:ff9b::7f00:1",
  ];
  expect(kinds(privates)).toEqual(Object.fromEntries(privates.map((a) => [a, "private"])));
  const reserved = [
    "169.254.1.1",
    "fe80::1",
    "0.0.0.0",
    "198.18.0.1",
    "::",
    "ff02::1",
    "2001:db8::1",
    "not-an-address",
  ];
  expect(kinds(reserved)).toEqual(Object.fromEntries(reserved.map((a) => [a, "reserved"])));
  const publics = ["8.8.8.8", "172.32.0.1", "2606:4700::1111", "1.1.1.1", "64:ff9b::808:808"];
  expect(kinds(publics)).toEqual(Object.fromEntries(publics.map((a) => [a, "public"])));
});
