// The settings page takes each setting's label, hint and option names from the message catalog by
// key: a setting added to the schema fails here until it has its words (in English; the
// completeness test then asks for the other languages).
import { expect, test } from "vitest";
import { readMessages } from "@/i18n/messages";
import { SETTING_GROUPS, settingFields } from "@/lib/settings/settings-fields";

const texts = readMessages("en").adminSettings;

test("every setting has a label, every option a name, every group a title", () => {
  const missing: string[] = [];
  for (const field of settingFields()) {
    if (typeof texts.fields[field.key]?.label !== "string") missing.push(`${field.key}.label`);
    for (const option of field.options ?? []) {
      if (typeof texts.fields[field.key]?.options?.[option] !== "string")
        missing.push(`${field.key}.options.${option}`);
    }
  }
  for (const group of SETTING_GROUPS)
    if (typeof texts.groups[group] !== "string") missing.push(`groups.${group}`);
  expect(missing).toEqual([]);
});

test("the catalog names no setting the schema does not have", () => {
  const keys = new Set(settingFields().map((f) => f.key));
  expect(Object.keys(texts.fields).filter((key) => !keys.has(key))).toEqual([]);
});
