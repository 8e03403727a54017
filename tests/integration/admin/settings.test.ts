// Settings saved from the admin page: validated, only changes written, audited, effective on
// the next read (no restart), unknown keys ignored.
import { describe, expect, it } from "vitest";
import { db, Role } from "@/lib/db";
import { saveSettings } from "@/lib/settings/save-settings";
import { settingFields } from "@/lib/settings/settings-fields";
import { DEFAULT_SETTINGS } from "@/lib/settings/schema";
import { getSettings } from "@/lib/settings/settings";
import { makeUser } from "./support";

describe("settings", () => {
  it("saves the changed keys, audits before -> after and reads them back at once", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const form = {
      ...(await getSettings()),
      panelName: "  Boost Hub ",
      signupOpen: false,
      paymentMethods: ["Wise", "PayPal"],
      hacker: "<script>",
    };
    const result = await saveSettings(form, { id: admin.id, ip: "192.0.2.9" });
    expect(result.changed.sort()).toEqual(["panelName", "paymentMethods", "signupOpen"]);
    expect(await getSettings()).toMatchObject({
      panelName: "Boost Hub",
      signupOpen: false,
      paymentMethods: ["Wise", "PayPal"],
    });
    expect(await db.setting.findUnique({ where: { key: "hacker" } })).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.update" },
      orderBy: { id: "desc" },
    });
    expect(audit.ip).toBe("192.0.2.9");
    expect(JSON.parse(audit.before!)).toEqual({
      panelName: "Upline",
      signupOpen: true,
      paymentMethods: ["Bank transfer"],
    });
    expect(JSON.parse(audit.after!)).toEqual({
      panelName: "Boost Hub",
      signupOpen: false,
      paymentMethods: ["Wise", "PayPal"],
    });

    expect(await saveSettings(await getSettings(), { id: admin.id })).toEqual({ changed: [] });
    expect(await db.auditLog.count({ where: { action: "settings.update" } })).toBe(1);
  });

  it("refuses invalid values and writes nothing", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const before = await getSettings();
    const audits = await db.auditLog.count();
    await expect(saveSettings({ currencyCode: "DOLLARS" }, { id: admin.id })).rejects.toThrow(
      /3-letter code/,
    );
    await expect(saveSettings({ displayDecimals: "9" }, { id: admin.id })).rejects.toThrow();
    await expect(saveSettings({ minDeposit: "50", maxDeposit: "10" }, { id: admin.id })).rejects.toThrow(
      "The maximum deposit must not be below the minimum",
    );
    await expect(saveSettings({ panelName: "" }, { id: admin.id })).rejects.toThrow();
    expect(await getSettings()).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("gives every schema key a form field with an input fitting its type", () => {
    const fields = settingFields();
    expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    const kind = Object.fromEntries(fields.map((f) => [f.key, f.kind]));
    expect(kind).toMatchObject({
      signupOpen: "boolean",
      displayDecimals: "number",
      paymentMethods: "list",
      paymentInstructions: "multiline",
      panelName: "text",
    });
    expect(fields.find((f) => f.key === "belowCostAction")?.options).toEqual(["disable", "reprice"]);
  });
});
