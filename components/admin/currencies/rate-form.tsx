"use client";
// An exchange rate ("1 USD = 26000 VND") and a provider's currency, each saved on submit; the
// toast says how many services were re-priced.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { setExchangeRateAction, setProviderCurrencyAction } from "@/lib/actions/admin/currencies";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function RateForm({
  currency,
  rate,
  panel,
}: {
  currency: string | null;
  rate: string;
  panel: string;
}) {
  const t = useTranslations("currency");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await submit(() =>
      setExchangeRateAction({
        currency: currency ?? String(data.get("currency") ?? ""),
        rate: String(data.get("rate") ?? ""),
      }),
    );
    if (!result.ok) return void toast.error(result.error);
    const { changed, repriced } = result.data;
    toast.success(changed ? t("rateSaved", { count: repriced }) : t("rateUnchanged"));
    router.refresh();
  }

  const shown = currency ?? "…";
  return (
    <form
      onSubmit={save}
      className="flex flex-wrap items-center gap-2"
      data-testid={`rate-form-${currency ?? "new"}`}
    >
      {currency === null && (
        <input
          name="currency"
          placeholder={t("codePlaceholder")}
          maxLength={3}
          className={`${inputClass} !w-20 uppercase`}
          aria-label={t("codeLabel")}
          required
        />
      )}
      <span className="text-sm text-slate-500">{t("oneUnit", { currency: shown })}</span>
      <input
        name="rate"
        defaultValue={rate}
        inputMode="decimal"
        placeholder={t("ratePlaceholder")}
        className={`${inputClass} !w-40 tabular-nums`}
        aria-label={t("rateLabel", { panel, currency: shown })}
        aria-invalid={error ? true : undefined}
        required
      />
      <span className="text-sm text-slate-500">{panel}</span>
      <Button type="submit" variant={currency ? "secondary" : "primary"} className="py-1.5" loading={pending}>
        {currency ? t("save") : t("addRate")}
      </Button>
      {error && <p className="w-full text-xs text-red-600">{error.message}</p>}
    </form>
  );
}

export function ProviderCurrencyForm({
  providerId,
  currency,
  options,
}: {
  providerId: number;
  currency: string | null;
  options: string[];
}) {
  const t = useTranslations("currency");
  const router = useRouter();
  const { pending, submit } = useActionForm();

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get("currency") ?? "");
    const result = await submit(() => setProviderCurrencyAction(providerId, chosen));
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("currencySaved", { count: result.data.repriced }));
    router.refresh();
  }

  return (
    <form onSubmit={save} className="flex items-center gap-2" data-testid={`provider-currency-${providerId}`}>
      <select
        name="currency"
        defaultValue={currency ?? ""}
        className={`${inputClass} !w-28`}
        aria-label={t("providerCurrency")}
      >
        {currency === null && <option value="">{t("notKnown")}</option>}
        {options.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" className="py-1.5" loading={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
