// next-intl/server for tests that render server pages outside a request (vi.mock("next-intl/server",
// () => import("@/tests/support/next-intl-server"))): the English catalog, as a request without a
// language choice gets it.
import { createFormatter, createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";

export const getLocale = async () => "en";

export const getTranslations = async (namespace?: string) =>
  createTranslator({ locale: "en", messages: loadMessages("en"), namespace, timeZone: "UTC" });

export const getFormatter = async () => createFormatter({ locale: "en", timeZone: "UTC" });
