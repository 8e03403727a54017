// The admin search by link through the trigram index (lib/orders/search-links.ts): exactly the
// orders a LIKE over every link finds, kept up to date as orders come and go, with %, _ and \ as
// plain characters, capped at the newest matches; "#123" is an order id and nothing else.
import { beforeAll, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { listAdminOrders, listCustomerOrders } from "@/lib/orders/list-orders";
import { LINK_SEARCH_CAP, searchOrderIdsByLink, trigramQuery } from "@/lib/orders/search-links";
import { createUser } from "@/lib/users/create-user";

let userId: number;
let serviceId: number;
let providerId: number;

const LINKS = [
  "https://www.instagram.com/p/CxYz123AbC/",
  "https://instagram.com/p/cxyz123abc",
  "http://www.tiktok.com/@shop42/video/7300000000042",
  "https://www.tiktok.com/@Shop42/video/7300000000420",
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://youtu.be/dQw4w9WgXcQ?t=42",
  "https://t.me/channel42/4242",
  "t.me/short",
  "https://vk.com/wall-1_2",
  "https://example.test/path with spaces/and \"quotes\" and 'apostrophes'",
  "https://example.test/tiếng-việt/đơn-hàng",
  "https://example.test/ĐƠN-HÀNG",
  "https://www.facebook.com/groups/123456789/posts/987654321",
  "https://www.instagram.com/p/zzz/",
  "ab",
];

function seedOrder(link: string) {
  return db.order.create({
    data: {
      userId,
      serviceId,
      providerId,
      link,
      quantity: 100,
      charge: 1_000n,
      cost: 600n,
      status: OrderStatus.COMPLETED,
      dispatchState: DispatchState.SENT,
    },
  });
}

/** What LIKE '%text%' over every order finds (Prisma's contains), newest first. */
async function likeIds(text: string): Promise<number[]> {
  const rows = await db.order.findMany({
    where: { link: { contains: text } },
    select: { id: true },
    orderBy: { id: "desc" },
  });
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  userId = (await createUser({ email: "links@test.dev", password: "test-pass-1" })).id;
  const provider = await db.provider.create({
    data: { name: "Upstream", apiUrl: "http://127.0.0.1:9/api/v2", apiKeyEncrypted: "x" },
  });
  providerId = provider.id;
  const category = await db.category.create({ data: { name: "Social" } });
  const ps = await db.providerService.create({
    data: {
      providerId,
      externalId: "1",
      name: "Followers",
      type: "Default",
      category: "Social",
      rate: 100_000n,
      min: 10,
      max: 10_000,
    },
  });
  serviceId = (
    await db.service.create({
      data: {
        providerServiceId: ps.id,
        categoryId: category.id,
        name: "Followers",
        type: "Default",
        min: 10,
        max: 10_000,
        rate: 150_000n,
      },
    })
  ).id;
  for (const link of LINKS) await seedOrder(link);
});

describe("search by link through the trigram index", () => {
  it("finds exactly what LIKE over every link finds, newest first", async () => {
    const searches = [
      ...LINKS,
      "instagram",
      "INSTAGRAM.COM/P/",
      "cxyz123",
      "123",
      "42",
      "4",
      "/video/73000000004",
      "https://www.",
      "https://www.tik",
      "www.tiktok.com/@shop42",
      "shop42",
      "watch?v=dQw4",
      "dQw4w9WgXcQ",
      '"quotes" and \'apo',
      "path with",
      "tiếng-việt",
      "đơn",
      "ĐƠN",
      "hàng",
      "ab",
      "a",
      "no such link anywhere",
      "xyz",
    ];
    for (const text of searches) {
      const found = await searchOrderIdsByLink(text);
      expect({ text, ...found }).toEqual({ text, ids: await likeIds(text), capped: false });
    }
    expect((await searchOrderIdsByLink("instagram")).ids.length).toBe(3);
  });

  it("keeps up with orders placed, changed and removed after the index exists", async () => {
    const order = await seedOrder("https://threads.net/@fresh_account/post/1");
    expect((await searchOrderIdsByLink("fresh_account")).ids).toEqual([order.id]);

    // The panel never edits a link, but the index follows one that changes.
    await db.order.update({ where: { id: order.id }, data: { link: "https://threads.net/@renamed/post/1" } });
    expect((await searchOrderIdsByLink("fresh_account")).ids).toEqual([]);
    expect((await searchOrderIdsByLink("@renamed")).ids).toEqual([order.id]);

    await db.order.delete({ where: { id: order.id } });
    expect((await searchOrderIdsByLink("@renamed")).ids).toEqual([]);
    expect((await searchOrderIdsByLink("threads.net")).ids).toEqual([]);
  });

  it("treats %, _ and \\ in the search as the characters themselves", async () => {
    const percent = await seedOrder("https://wild.test/sale%20off");
    const underscore = await seedOrder("https://wild.test/sale_off");
    const backslash = await seedOrder("https://wild.test/sale\\off");
    await seedOrder("https://wild.test/saleXoff");
    await seedOrder("https://wild.test/sale-2-off");

    expect((await searchOrderIdsByLink("sale%20off")).ids).toEqual([percent.id]);
    expect((await searchOrderIdsByLink("sale%off")).ids).toEqual([]);
    expect((await searchOrderIdsByLink("sale_off")).ids).toEqual([underscore.id]);
    expect((await searchOrderIdsByLink("sale\\off")).ids).toEqual([backslash.id]);
    // Under three characters (no trigram), the same rule.
    expect((await searchOrderIdsByLink("%")).ids).toEqual([percent.id]);
    expect((await searchOrderIdsByLink("_")).ids).toEqual(await idsContaining("_"));
    expect((await searchOrderIdsByLink("_")).ids).toContain(underscore.id);
    expect((await searchOrderIdsByLink("\\")).ids).toEqual([backslash.id]);
  });

  it("returns the newest matches up to the cap and says when more matched", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await seedOrder(`https://capped.test/post/${i}`)).id);
    expect(await searchOrderIdsByLink("capped.test", 4)).toEqual({
      ids: ids.slice(2).reverse(),
      capped: true,
    });
    expect(await searchOrderIdsByLink("capped.test", 6)).toEqual({ ids: [...ids].reverse(), capped: false });
    expect(await searchOrderIdsByLink("post/5", 1)).toEqual({ ids: [ids[5]], capped: false });
  });

  it("looks up the trigrams of the last nine characters, after any https://www.", () => {
    expect(trigramQuery("abc")).toBe('"abc"');
    expect(trigramQuery("https://www.instagram.com/p/CxYz123AbC/")).toBe('"bC/" AND "23A" AND "Yz1"');
    expect(trigramQuery('a"b"c')).toBe('"b""c"');
    expect(trigramQuery("https://")).toBe('"://" AND "tps"');
  });
});

/** The orders whose link holds `text` as it is (no wildcards), newest first. */
async function idsContaining(text: string): Promise<number[]> {
  const rows = await db.order.findMany({ select: { id: true, link: true }, orderBy: { id: "desc" } });
  return rows.filter((r) => r.link.includes(text)).map((r) => r.id);
}

describe("admin orders search", () => {
  it("takes #123 as that order id only, and plain digits as the id or a link", async () => {
    const target = await seedOrder("https://target.test/post");
    // Another order whose link holds the target's id, with and without the #.
    const mention = await seedOrder(`https://t.me/c/#${target.id}/${target.id}`);

    const byHash = await listAdminOrders({ search: `#${target.id}` });
    expect(byHash.rows.map((o) => o.id)).toEqual([target.id]);
    expect(byHash).toMatchObject({ total: 1, searchCapped: null });

    const byDigits = await listAdminOrders({ search: String(target.id) });
    expect(byDigits.rows.map((o) => o.id)).toEqual([mention.id, target.id]);
    expect(byDigits.counts.all).toBe(2);

    // The customer's orders page reads the search the same way.
    expect((await listCustomerOrders({ userId, search: `#${target.id}` })).rows.map((o) => o.id)).toEqual([
      target.id,
    ]);
    // "#" before anything but an id is part of a link.
    expect((await listAdminOrders({ search: `#${target.id}/` })).rows.map((o) => o.id)).toEqual([mention.id]);
  });

  it("lists and counts the newest LINK_SEARCH_CAP matches and flags the cap", async () => {
    const createdAt = new Date();
    await db.order.createMany({
      data: Array.from({ length: LINK_SEARCH_CAP + 1 }, (_, i) => ({
        userId,
        serviceId,
        providerId,
        link: `https://bulk.test/item/${i}`,
        quantity: 100,
        charge: 1_000n,
        cost: 600n,
        status: i % 2 ? OrderStatus.COMPLETED : OrderStatus.PARTIAL,
        dispatchState: DispatchState.SENT,
        createdAt,
      })),
    });
    const newest = await db.order.findFirstOrThrow({
      where: { link: `https://bulk.test/item/${LINK_SEARCH_CAP}` },
    });

    const capped = await listAdminOrders({ search: "bulk.test/item" });
    expect(capped).toMatchObject({ total: LINK_SEARCH_CAP, searchCapped: LINK_SEARCH_CAP });
    expect(capped.counts.all).toBe(LINK_SEARCH_CAP);
    expect(capped.rows[0].id).toBe(newest.id);

    const narrowed = await listAdminOrders({ search: `bulk.test/item/${LINK_SEARCH_CAP}` });
    expect(narrowed).toMatchObject({ total: 1, searchCapped: null });
    expect(narrowed.rows.map((o) => o.id)).toEqual([newest.id]);
  });
});
