import { describe, expect, test } from "vitest";
import { errorMessages, localizeError } from "@/i18n/error-text";
import { localeFromAcceptLanguage, resolveLocale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/messages";
import { formatDateTime, formatNumber } from "@/lib/format";

describe("choosing the language", () => {
  test("the user's setting wins over the cookie and the browser", () => {
    expect(resolveLocale({ user: "vi", cookie: "en", acceptLanguage: "en-US" })).toBe("vi");
    expect(resolveLocale({ user: null, cookie: "vi", acceptLanguage: "en-US" })).toBe("vi");
    expect(resolveLocale({ user: "fr", cookie: "xx", acceptLanguage: "vi-VN,vi;q=0.9" })).toBe("vi");
  });

  test("Accept-Language: the best-ranked supported language, else English", () => {
    expect(localeFromAcceptLanguage("fr-FR,vi;q=0.8,en;q=0.5")).toBe("vi");
    expect(localeFromAcceptLanguage("en;q=0.2, vi;q=0.9")).toBe("vi");
    expect(localeFromAcceptLanguage("vi;q=0, en")).toBe("en");
    expect(localeFromAcceptLanguage("de, fr")).toBeUndefined();
    expect(resolveLocale({ acceptLanguage: "de" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });
});

describe("formatting for the locale", () => {
  test("Vietnamese groups with dots, English with commas", () => {
    expect(formatNumber(1250000, "vi")).toBe("1.250.000");
    expect(formatNumber(1250000n, "en")).toBe("1,250,000");
  });

  test("dates in UTC in the reader's language", () => {
    const date = new Date("2026-12-01T10:32:00Z");
    expect(formatDateTime(date, "en")).toBe("Dec 1, 2026, 10:32");
    expect(formatDateTime(date, "vi")).toBe("10:32 1 thg 12, 2026");
  });
});

describe("error texts in the reader's language", () => {
  const vi = translatorFor("vi");
  const en = translatorFor("en");

  test("a fixed English message is found by its wording", () => {
    expect(localizeError(vi, errorMessages.wrongCredentials)).toBe("Email hoặc mật khẩu không đúng");
    expect(localizeError(en, errorMessages.wrongCredentials)).toBe("Wrong email or password");
  });

  test("a message with values uses its key; unknown texts pass unchanged", () => {
    expect(
      localizeError(vi, "Too many failed attempts. Try again in 3 min.", {
        key: "errors.tooManyFailuresMinutes",
        values: { minutes: 3 },
      }),
    ).toBe("Bạn đã thử sai quá nhiều lần. Vui lòng thử lại sau 3 phút.");
    // A provider's own answer, shown as it came.
    expect(localizeError(vi, "Link is private")).toBe("Link is private");
    expect(localizeError(vi, "Incorrect order ID")).toBe("Mã đơn hàng không hợp lệ");
  });
});
