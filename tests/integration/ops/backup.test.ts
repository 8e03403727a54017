// `npm run cli -- backup` while orders keep coming, then `restore`: the copy is one consistent
// snapshot (every order with its charge, every balance equal to its ledger). Backups cover the
// SQLite database, so this file works on a SQLite database of its own on both CI passes, with
// the burst placed by a separate process (scripts/order-worker.ts), as the panel would.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, LedgerType, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { ORDER_LINK_SEARCH_TABLE } from "@/lib/db/raw-objects";
import { appSecret } from "@/lib/env.mjs";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { changeBalance } from "@/lib/ledger/change-balance";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { backupDatabase, PANEL_PID_FILE, restoreDatabase } from "@/lib/ops/backup";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";
import { startWorker, waitFor } from "../orders/workers";

const BURST = 200;
let dir: string;
let url: string;
let sim: SimulatorHandle;
let panelDb: Db;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "upline-backup-"));
  url = `file:${path.join(dir, "upline.db")}`;
  await migrateDatabase(url);
  sim = await startSimulator({ clock: "manual" });
  panelDb = createDb(url);
});

afterAll(async () => {
  await panelDb?.$disconnect();
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function seed(db: Db) {
  const item = sim.catalog().find((i) => i.type === "Default")!;
  await updateSettings({ allowPrivateProviderUrls: true }, db); // the simulator is on 127.0.0.1
  const provider = await db.provider.create({
    data: { name: "Upstream", apiUrl: sim.url, apiKeyEncrypted: encryptSecret(sim.key, appSecret()) },
  });
  const category = await db.category.create({ data: { name: item.category } });
  const ps = await db.providerService.create({
    data: {
      providerId: provider.id,
      externalId: String(item.service),
      name: item.name,
      type: item.type,
      category: item.category,
      rate: 100_000n,
      min: 10,
      max: 100_000,
    },
  });
  const service = await db.service.create({
    data: {
      providerServiceId: ps.id,
      categoryId: category.id,
      name: "Followers",
      type: item.type,
      min: 10,
      max: 100_000,
      rate: 150_000n,
    },
  });
  const user = await db.user.create({ data: { email: "burst@backup.test", passwordHash: "x" } });
  await db.$transaction((tx) =>
    changeBalance(tx, { userId: user.id, amount: 100_000_000_000n, type: LedgerType.DEPOSIT, note: "seed" }),
  );
  return { userId: user.id, serviceId: service.id };
}

describe("backup and restore", () => {
  it("backs up during a burst of orders; the restored copy reconciles and every order has its charge", async () => {
    const { userId, serviceId } = await seed(panelDb);
    const worker = startWorker(["place", String(userId), String(serviceId), String(BURST)], {
      DATABASE_URL: url,
      DATA_DIR: dir,
    });
    const placed = () => worker.output.filter((l) => l.startsWith("placed ")).length;
    await waitFor(() => placed() >= 50, 120_000, "the burst to start");

    const before = placed(); // printed after its commit: committed before the backup began
    const backup = await backupDatabase(url, path.join(dir, "backups", "during-burst.db"));
    // Committed by the backup's end (the worker's printed lines lag behind its commits).
    const after = await panelDb.order.count();
    expect(await worker.exited).toBe(0);
    expect(placed()).toBe(BURST);

    const restored = createDb(`file:${backup.file}`);
    try {
      const orders = await restored.order.count();
      // A snapshot taken mid-burst: at least what was committed before, no more than by its end.
      expect(orders).toBeGreaterThanOrEqual(before);
      expect(orders).toBeLessThanOrEqual(after);
      expect(orders).toBeLessThan(BURST);
      expect(await restored.ledgerEntry.count({ where: { type: LedgerType.ORDER_CHARGE } })).toBe(orders);
      expect(await findLedgerDifferences(restored)).toEqual([]);
      // The link search index (an FTS5 table) came along, holding exactly the copied orders.
      const [indexed] = await restored.$queryRawUnsafe<{ n: number | bigint }[]>(
        `SELECT COUNT(*) AS n FROM "${ORDER_LINK_SEARCH_TABLE}"`,
      );
      expect(Number(indexed.n)).toBe(orders);
    } finally {
      await restored.$disconnect();
    }

    // Restore over the live file (the panel is stopped: no pid file), then the data is the snapshot's.
    await panelDb.$disconnect();
    const snapshotOrders = await (async () => {
      const copy = createDb(`file:${backup.file}`);
      try {
        return await copy.order.count();
      } finally {
        await copy.$disconnect();
      }
    })();
    await restoreDatabase(url, backup.file, dir);
    panelDb = createDb(url);
    expect(await panelDb.order.count()).toBe(snapshotOrders);
    expect(await findLedgerDifferences(panelDb)).toEqual([]);
  }, 300_000);

  it("refuses to restore while the panel runs, and to back up over an existing file", async () => {
    const backup = await backupDatabase(url, path.join(dir, "backups", "second.db"));
    await expect(backupDatabase(url, backup.file)).rejects.toThrow(/already exists/);
    writeFileSync(path.join(dir, PANEL_PID_FILE), String(process.pid)); // this process stands in for a running panel
    try {
      await expect(restoreDatabase(url, backup.file, dir)).rejects.toThrow(/panel is running/);
    } finally {
      rmSync(path.join(dir, PANEL_PID_FILE));
    }
    const notADatabase = path.join(dir, "junk.db");
    writeFileSync(notADatabase, "not sqlite");
    await expect(restoreDatabase(url, notADatabase, dir)).rejects.toThrow();
    expect(existsSync(url.slice("file:".length))).toBe(true);
  });
});
