// Pure payment rules: VietQR payload and checksum, memo search, exact currency conversion,
// SePay's authentication and NOWPayments' signature.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compareDecimal, decimalText, shareOf, toGatewayAmount, toPanelUnits } from "@/lib/payments/decimal";
import { findMemoCodes, newMemoCode } from "@/lib/payments/memo";
import {
  nowpaymentsSignature,
  sortKeysDeep,
  verifyNowpaymentsSignature,
} from "@/lib/payments/nowpayments/sign";
import { parseSepayPayload } from "@/lib/payments/sepay/payload";
import { sepaySignature, verifySepay } from "@/lib/payments/sepay/verify";
import { crc16, readEmvFields, vietQrPayload } from "@/lib/payments/vietqr";

describe("VietQR", () => {
  it("uses CRC-16/CCITT-FALSE (check value of '123456789' is 29B1)", () => {
    expect(crc16("123456789")).toBe("29B1");
  });

  it("carries the bank BIN, account, amount, memo and a valid checksum", () => {
    const payload = vietQrPayload({
      bankBin: "970422",
      accountNumber: "0123456789",
      amount: "250000",
      memo: "UPL12345678",
    });
    const fields = readEmvFields(payload);
    expect(fields.get("00")).toBe("01");
    expect(fields.get("01")).toBe("12");
    expect(fields.get("53")).toBe("704");
    expect(fields.get("54")).toBe("250000");
    expect(fields.get("58")).toBe("VN");
    const merchant = readEmvFields(fields.get("38")!);
    expect(merchant.get("00")).toBe("A000000727");
    expect(merchant.get("02")).toBe("QRIBFTTA");
    expect(readEmvFields(merchant.get("01")!)).toEqual(
      new Map([
        ["00", "970422"],
        ["01", "0123456789"],
      ]),
    );
    expect(readEmvFields(fields.get("62")!).get("08")).toBe("UPL12345678");
    expect(payload.slice(-4)).toBe(crc16(payload.slice(0, -4)));
  });

  it("refuses what a bank app would not read", () => {
    expect(() => vietQrPayload({ bankBin: "97042", accountNumber: "1" })).toThrow(/BIN/);
    expect(() => vietQrPayload({ bankBin: "970422", accountNumber: "1", amount: "10.5" })).toThrow(
      /whole VND/,
    );
  });
});

describe("memo codes", () => {
  it("are found anywhere in the content, in any case, and not inside longer numbers", () => {
    const code = newMemoCode("upl");
    expect(code).toMatch(/^UPL\d{8}$/);
    expect(findMemoCodes(`MBVCB.3278907687.${code.toLowerCase()}.CT tu 0123`, "UPL")).toEqual([code]);
    expect(findMemoCodes("NGUYEN VAN A chuyen tien upl12345678 upl87654321", "UPL")).toEqual([
      "UPL12345678",
      "UPL87654321",
    ]);
    expect(findMemoCodes("UPL123456789 is too long", "UPL")).toEqual([]);
    expect(findMemoCodes("no code here", "UPL")).toEqual([]);
  });
});

describe("conversion", () => {
  it("asks rounded up in the gateway currency and credits rounded down in panel units", () => {
    expect(toGatewayAmount(1_000_000n, "25000", 0)).toBe("250000");
    expect(toGatewayAmount(1n, "25000", 0)).toBe("1");
    expect(toGatewayAmount(1_234_567n, "1", 2)).toBe("12.35");
    expect(toPanelUnits("250000", "25000")).toBe(1_000_000n);
    expect(toPanelUnits("1", "25400")).toBe(3n);
    expect(toPanelUnits("12.5", "1")).toBe(1_250_000n);
    expect(shareOf(1_000_000n, "0.4", "1")).toBe(400_000n);
    expect(shareOf(1_000_000n, "2", "1")).toBe(1_000_000n);
  });

  it("reads gateway numbers exactly", () => {
    expect(decimalText(12.5)).toBe("12.5");
    expect(decimalText(2277000)).toBe("2277000");
    expect(decimalText("007.50")).toBe("7.5");
    expect(decimalText(-1)).toBeNull();
    expect(decimalText("1e5")).toBeNull();
    expect(compareDecimal("250000", "250000.0")).toBe(0);
  });
});

describe("SePay authentication", () => {
  const secrets = { apiKey: "key-123456", hmacSecret: "hmac-secret" };
  const body = '{"id":1}';
  const now = 1_750_000_000_000;
  const ts = String(now / 1000);
  const good = {
    authorization: "Apikey key-123456",
    timestamp: ts,
    signature: sepaySignature("hmac-secret", ts, body),
  };

  it("signs timestamp.body with HMAC-SHA256, labelled sha256=", () => {
    expect(good.signature).toBe(
      "sha256=" + createHmac("sha256", "hmac-secret").update(`${ts}.${body}`).digest("hex"),
    );
  });

  it("accepts the right key and signature, and refuses anything else", () => {
    expect(verifySepay(secrets, good, body, now)).toEqual({ ok: true });
    expect(verifySepay(secrets, { ...good, signature: good.signature.slice(7) }, body, now)).toEqual({
      ok: true,
    });
    expect(verifySepay(secrets, { ...good, authorization: "Apikey key-12345" }, body, now)).toMatchObject({
      ok: false,
      reason: "wrong API key",
    });
    expect(verifySepay(secrets, { ...good, authorization: "Bearer key-123456" }, body, now)).toMatchObject({
      ok: false,
    });
    expect(verifySepay(secrets, good, '{"id":2}', now)).toMatchObject({ ok: false, reason: "bad signature" });
    expect(verifySepay(secrets, good, body, now + 301_000)).toMatchObject({
      ok: false,
      reason: "stale timestamp",
    });
    expect(verifySepay({ apiKey: "", hmacSecret: "" }, good, body, now)).toMatchObject({ ok: false });
    expect(
      verifySepay(
        { apiKey: "key-123456", hmacSecret: "" },
        { authorization: "apikey  key-123456" },
        body,
        now,
      ),
    ).toEqual({ ok: true });
  });

  it("reads SePay's documented payload, numbers as strings included", () => {
    const payload = parseSepayPayload(
      JSON.stringify({
        id: 92704,
        gateway: "Vietcombank",
        transactionDate: "2023-03-25 14:02:37",
        accountNumber: "0123499999",
        code: null,
        content: "chuyen tien UPL12345678",
        transferType: "in",
        transferAmount: "2277000",
        accumulated: 19077000,
        subAccount: null,
        referenceCode: "MBVCB.3278907687",
        description: "",
      }),
    );
    expect(payload).toMatchObject({
      id: "92704",
      transferAmount: { raw: "2277000", value: "2277000" },
      transferType: "in",
      accountNumber: "0123499999",
    });
    expect(parseSepayPayload("{")).toBeNull();
    // Not a clean amount: read, with no value, so the transfer waits for an admin with its raw text.
    expect(
      parseSepayPayload(JSON.stringify({ id: 1, transferType: "in", transferAmount: -1 })),
    ).toMatchObject({ transferAmount: { raw: "-1", value: null } });
  });
});

describe("NOWPayments signature", () => {
  it("is HMAC-SHA512 over the JSON with keys sorted at every level", () => {
    const body = { b: 1, a: { d: 2, c: [{ f: 1, e: 2 }] } };
    expect(JSON.stringify(sortKeysDeep(body))).toBe('{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}');
    const sig = nowpaymentsSignature("ipn", body);
    expect(sig).toBe(
      createHmac("sha512", "ipn").update('{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}').digest("hex"),
    );
    expect(
      verifyNowpaymentsSignature("ipn", { a: { c: [{ e: 2, f: 1 }], d: 2 }, b: 1 }, sig.toUpperCase()),
    ).toBe(true);
    expect(verifyNowpaymentsSignature("ipn", { ...body, b: 2 }, sig)).toBe(false);
    expect(verifyNowpaymentsSignature("", body, sig)).toBe(false);
  });
});
