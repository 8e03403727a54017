// The panel's own ledger notes read in the reader's language; an admin's free text stays as written.
import { describe, expect, it } from "vitest";
import { localizeLedgerNote } from "@/i18n/ledger-note";
import { translatorFor } from "@/i18n/messages";

const en = translatorFor("en");
const vi = translatorFor("vi");

describe("ledger notes", () => {
  it("finds a fixed note by its English wording", () => {
    expect(localizeLedgerNote(vi, "Canceled by the panel, charge refunded")).toBe(
      "Panel đã hủy đơn, đã hoàn tiền",
    );
    expect(localizeLedgerNote(vi, "Rejected by the provider")).toBe("Nhà cung cấp từ chối đơn");
    expect(localizeLedgerNote(vi, "Canceled by the customer")).toBe("Đã hủy theo yêu cầu của khách hàng");
  });

  it("reads a note's values back out of it", () => {
    expect(localizeLedgerNote(vi, "Deposit bonus 2.5%")).toBe("Thưởng nạp tiền 2.5%");
    expect(localizeLedgerNote(vi, "Coupon SPRING-10")).toBe("Mã khuyến mãi SPRING-10");
    expect(localizeLedgerNote(vi, "Reversed: chargeback\nfrom the bank")).toBe(
      "Thu hồi: chargeback\nfrom the bank",
    );
  });

  it("takes the most specific template of a deposit note", () => {
    expect(localizeLedgerNote(vi, "sepay 100000 VND, ref. 42")).toBe("sepay 100000 VND, mã GD 42");
    expect(localizeLedgerNote(vi, "sepay 100000 VND, ref. 42 (gateway fee 2% kept)")).toBe(
      "sepay 100000 VND, mã GD 42 (đã trừ phí cổng thanh toán 2%)",
    );
    expect(localizeLedgerNote(vi, "sepay 100000 VND assigned by an admin, ref. 42")).toBe(
      "sepay 100000 VND, quản trị viên gán, mã GD 42",
    );
  });

  it("leaves English and free text as they are", () => {
    for (const note of [
      "Canceled by the panel, charge refunded",
      "Deposit bonus 5%",
      "sepay 100000 VND, ref. 42 (gateway fee 2% kept)",
    ]) {
      expect(localizeLedgerNote(en, note)).toBe(note);
    }
    expect(localizeLedgerNote(vi, "Goodwill credit after the outage")).toBe(
      "Goodwill credit after the outage",
    );
  });
});
