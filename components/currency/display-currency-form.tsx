"use client";
// Account page: the currency prices are also shown in, approximately; saved as soon as it is chosen.
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { setDisplayCurrencyAction } from "@/lib/actions/customer/account";
import { inputClass } from "@/components/ui/field";
import { localizeError } from "@/i18n/error-text";
import { displayCurrencySchema } from "@/lib/validations/currency";

/** The currency's name in the reader's language ("US Dollar", "Đô la Mỹ"); the code when Intl does not know it. */
function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function DisplayCurrencyForm({
  chosen,
  options,
  panel,
}: {
  chosen: string | null;
  options: string[];
  panel: string;
}) {
  const t = useTranslations("displayCurrency");
  const tRoot = useTranslations();
  const locale = useLocale();
  const id = useId();
  const [value, setValue] = useState(chosen ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  // A choice whose rate has since gone stays listed, so the select shows what is saved.
  const codes = chosen && !options.includes(chosen) ? [...options, chosen] : options;

  async function choose(next: string) {
    const parsed = displayCurrencySchema.safeParse({ displayCurrency: next });
    if (!parsed.success) {
      setError(localizeError(tRoot, parsed.error.issues[0]?.message ?? ""));
      return;
    }
    const before = value;
    setValue(next);
    setError(undefined);
    setSaving(true);
    const result = await setDisplayCurrencyAction({ displayCurrency: next });
    setSaving(false);
    if (result.ok) toast.success(t("saved"));
    else {
      setValue(before);
      setError(result.error);
      toast.error(result.error);
    }
  }

  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-600">{t("hint", { panel })}</p>
      <label htmlFor={id} className="block font-medium text-slate-700">
        {t("label")}
      </label>
      <select
        id={id}
        className={`${inputClass} sm:max-w-sm`}
        value={value}
        disabled={saving}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => choose(e.target.value)}
        data-testid="display-currency"
      >
        <option value="">{t("panelOnly", { panel })}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {t("option", { code, name: currencyName(code, locale) })}
          </option>
        ))}
      </select>
      <div id={`${id}-help`}>
        {error ? (
          <p className="text-sm text-red-600" role="alert">
            {error}
          </p>
        ) : options.length === 0 ? (
          <p className="text-xs text-slate-500">{t("noRates")}</p>
        ) : null}
      </div>
    </div>
  );
}
