import { describe, expect, it } from "vitest";
import { fromWebRequest, readApiParams as readParams } from "@/lib/reseller-api/read-params";

const readApiParams = (request: Request) => readParams(fromWebRequest(request));

const url = "http://panel.test/api/v2";
const post = (body: BodyInit, type?: string) =>
  new Request(url, { method: "POST", body, headers: type ? { "content-type": type } : {} });

describe("readApiParams", () => {
  it("reads the query string of a GET", async () => {
    const params = await readApiParams(new Request(`${url}?key=k&action=status&orders=1,2`));
    expect([params.one("key"), params.one("action"), params.list("orders")]).toEqual(["k", "status", "1,2"]);
  });

  it("reads form, multipart and JSON bodies the same way", async () => {
    const form = new FormData();
    form.append("action", "add");
    form.append("quantity", "100");
    for (const request of [
      post(new URLSearchParams({ action: "add", quantity: "100" })),
      post(form),
      post(JSON.stringify({ action: "add", quantity: 100 }), "application/json"),
      post(JSON.stringify({ action: "add", quantity: 100 })),
      post("action=add&quantity=100"),
    ]) {
      const params = await readApiParams(request);
      expect([params.one("action"), params.one("quantity")]).toEqual(["add", "100"]);
    }
  });

  it("joins list fields from repeats, PHP arrays and JSON arrays", async () => {
    expect((await readApiParams(post("orders=1&orders=2"))).list("orders")).toBe("1,2");
    expect((await readApiParams(post("orders%5B0%5D=1&orders%5B1%5D=2"))).list("orders")).toBe("1,2");
    expect(
      (await readApiParams(post(JSON.stringify({ orders: [1, "2"] }), "application/json"))).list("orders"),
    ).toBe("1,2");
  });

  it("treats an empty value as missing and refuses two different values of one field", async () => {
    const params = await readApiParams(post("link=&action=a&action=b"));
    expect(params.one("link")).toBeUndefined();
    expect(() => params.one("action")).toThrow("Incorrect request");
  });

  it("refuses JSON that is not an object of plain values, and invalid UTF-8", async () => {
    for (const body of ["[1,2]", '{"a": {"b": 1}}', '{"a": true}', "{oops"]) {
      await expect(readApiParams(post(body, "application/json"))).rejects.toThrow("Incorrect request");
    }
    await expect(readApiParams(post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe])))).rejects.toThrow(
      "Incorrect request",
    );
  });
});
