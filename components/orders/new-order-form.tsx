"use client";
// The new-order form: category -> service (searchable) -> the fields of the service's type, with
// the same validation the server runs (lib/validations/order.ts) and a live charge as the user
// types. After placing it shows the order, the charge and the new balance without a reload.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { toast } from "sonner";
import { placeOrderAction } from "@/lib/actions/customer/orders";
import { ApproxPrice } from "@/components/currency/approx-price";
import { dmyToIso, fieldSpec, isoToDmy } from "@/components/orders/order-fields";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import { localizeError } from "@/i18n/error-text";
import { approximatePrice, type DisplayCurrency } from "@/lib/currency/display-price";
import { formatCurrency, formatNumber } from "@/lib/format";
import type { ClientCategory } from "@/lib/catalog/list-catalog";
import { orderCharge } from "@/lib/orders/order-charge";
import { isPackageType } from "@/lib/catalog/service-types";
import { checkOrderFields, orderFieldsOf } from "@/lib/validations/order";

type Money = { currencySymbol: string; displayDecimals: number };
type Placed = { orderId: number; charge: string; balance: string };

type T = ReturnType<typeof useTranslations>;

function formatDuration(t: T, seconds: number): string {
  if (seconds < 60) return t("seconds", { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t("minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  return hours < 48
    ? t("hoursMinutes", { hours, minutes: minutes % 60 })
    : t("days", { days: Math.round(hours / 24) });
}

/**
 * `balanceUnits`: the balance in units, as a string (bigint does not cross to the client).
 * `display`: the customer's display currency, for the approximate rate and charge; null = none.
 */
export function NewOrderForm({
  categories,
  money,
  display = null,
  balance,
  balanceUnits,
  initialServiceId,
}: {
  categories: ClientCategory[];
  money: Money;
  display?: DisplayCurrency | null;
  balance: string;
  balanceUnits: string;
  initialServiceId?: number;
}) {
  const t = useTranslations("newOrder");
  const tf = useTranslations("orderFields");
  const tRoot = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const formId = useId();
  const all = useMemo(
    () => categories.flatMap((c) => c.services.map((s) => ({ ...s, categoryId: c.id }))),
    [categories],
  );
  const initial = all.find((s) => s.id === initialServiceId) ?? all[0];
  const [categoryId, setCategoryId] = useState(initial?.categoryId);
  const [serviceId, setServiceId] = useState(initial?.id);
  const [search, setSearch] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [dripfeed, setDripfeed] = useState(false);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<{ field?: string; message: string }>();
  const [pending, setPending] = useState(false);
  const [placed, setPlaced] = useState<Placed>();
  const idempotencyKey = useIdempotencyKey();

  const service = all.find((s) => s.id === serviceId);
  const term = search.trim().toLowerCase();
  const choices = term
    ? all.filter((s) => s.name.toLowerCase().includes(term) || String(s.id) === term.replace(/^#/, ""))
    : all.filter((s) => s.categoryId === categoryId);

  const isDripfeedField = (name: string) => name === "runs" || name === "interval";
  const allFields = service
    ? orderFieldsOf(service.type).filter((name) => service.dripfeed || !isDripfeedField(name))
    : [];
  // Drip-feed's runs and interval stay behind their toggle until the customer asks for them.
  const fields = allFields.filter((name) => dripfeed || !isDripfeedField(name));
  const sent = dripfeed ? values : { ...values, runs: "", interval: "" };
  const limits = service ? { min: service.min, max: service.max } : undefined;
  // Every field's error at once, and the quantity as soon as it is known (the charge shows
  // before the link is typed, and even outside min/max, where the error says why).
  const check = service ? checkOrderFields(service.type, sent, limits) : { errors: {}, quantity: null };
  const valid = service !== undefined && Object.keys(check.errors).length === 0;
  const flat = service ? isPackageType(service.type) : false;
  const quantity = check.quantity;
  const charge =
    service && quantity !== null ? orderCharge(service.type, BigInt(service.rate), quantity) : null;
  const overBalance = charge !== null && charge > BigInt(balanceUnits);
  const approx = (units: bigint | null) =>
    display && units !== null ? approximatePrice(units, display, locale) : null;
  const overMax = (name: string) => check.errors[name]?.i18n?.key === "errors.order.quantityAboveMax";

  function errorFor(name: string): string | undefined {
    if (serverError?.field === name) return serverError.message;
    const error = check.errors[name];
    // Too many is said while typing; the rest once the field is left or the form is sent.
    if (error && (submitted || touched[name] || (overMax(name) && values[name])))
      return localizeError(tRoot, error.message, error.i18n);
    return undefined;
  }

  function chooseService(id: number) {
    const next = all.find((s) => s.id === id);
    if (!next) return;
    setServiceId(next.id);
    setCategoryId(next.categoryId);
    setPlaced(undefined);
    setDripfeed(false);
    setTouched({});
    setSubmitted(false);
    setServerError(undefined);
  }

  function chooseCategory(id: number) {
    setCategoryId(id);
    setSearch("");
    const first = all.find((s) => s.categoryId === id);
    if (first) chooseService(first.id);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(undefined);
    if (!service || !valid) return;
    setPending(true);
    const result = await placeOrderAction({
      serviceId: service.id,
      fields: sent,
      idempotencyKey: idempotencyKey.current(),
    });
    setPending(false);
    if (!result.ok) {
      setServerError({
        field: result.field && fields.includes(result.field) ? result.field : undefined,
        message: result.error,
      });
      toast.error(result.error);
      return;
    }
    idempotencyKey.renew();
    setPlaced(result.data);
    toast.success(t("placedToast", { id: result.data.orderId, charge: result.data.charge }));
    setValues({});
    setDripfeed(false);
    setTouched({});
    setSubmitted(false);
    router.refresh(); // the header balance
  }

  if (all.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <p className="font-medium text-slate-700">{t("noServices")}</p>
        <p className="mt-2 text-sm text-slate-500">{t("noServicesHint")}</p>
      </div>
    );
  }

  const formError = serverError && !serverError.field ? serverError.message : undefined;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        {placed && (
          <div
            className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
            data-testid="order-placed"
            role="status"
          >
            <p className="font-medium">
              {t.rich("placed", { id: () => <span data-testid="placed-order-id">#{placed.orderId}</span> })}
            </p>
            <p>
              {t("charged")} <span data-testid="placed-charge">{placed.charge}</span> · {t("newBalance")}{" "}
              <span data-testid="placed-balance">{placed.balance}</span> ·{" "}
              <Link href="/orders" className="font-medium underline">
                {t("viewOrders")}
              </Link>
            </p>
          </div>
        )}
        {formError && (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
            {formError}
          </p>
        )}

        <div>
          <label htmlFor={`${formId}-search`} className="mb-1 block text-sm font-medium text-slate-700">
            {t("search")}
          </label>
          <input
            id={`${formId}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />
        </div>

        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${formId}-category`} className="mb-1 block text-sm font-medium text-slate-700">
              {t("category")}
            </label>
            <select
              id={`${formId}-category`}
              value={categoryId}
              onChange={(e) => chooseCategory(Number(e.target.value))}
              className={inputClass}
              disabled={term !== ""}
            >
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${formId}-service`} className="mb-1 block text-sm font-medium text-slate-700">
              {t("service")}
            </label>
            <select
              id={`${formId}-service`}
              value={choices.some((s) => s.id === serviceId) ? serviceId : ""}
              onChange={(e) => chooseService(Number(e.target.value))}
              className={inputClass}
            >
              {!choices.some((s) => s.id === serviceId) && (
                <option value="">{choices.length ? t("chooseService") : t("noMatch")}</option>
              )}
              {choices.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id} — {s.name} — {formatCurrency(BigInt(s.rate), money, locale)}
                  {isPackageType(s.type) ? "" : ` ${t("per1000")}`}
                </option>
              ))}
            </select>
          </div>
        </div>

        {service && (
          <>
            {fields.map((name) => {
              const spec = fieldSpec(service.type, name);
              const id = `${formId}-${name}`;
              const error = errorFor(name);
              const isQuantity =
                name === "quantity" ||
                ((name === "min" || name === "max") && service.type === "Subscriptions");
              const hint = isQuantity
                ? t("minMax", {
                    min: formatNumber(service.min, locale),
                    max: formatNumber(service.max, locale),
                  })
                : spec.hint && tf(spec.hint);
              const common = {
                id,
                name,
                value: values[name] ?? "",
                "aria-invalid": error ? true : undefined,
                "aria-describedby": `${id}-help`,
                placeholder: spec.placeholder && tf(spec.placeholder),
                onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
                  setValues((v) => ({ ...v, [name]: e.target.value }));
                  if (serverError?.field === name) setServerError(undefined);
                },
                onBlur: () => setTouched((t) => ({ ...t, [name]: true })),
                className: inputClass,
              };
              return (
                <div key={`${service.id}-${name}`}>
                  <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
                    {tf(spec.label)}
                    {spec.optional && (
                      <span className="ml-1 font-normal text-slate-500">{t("optional")}</span>
                    )}
                  </label>
                  {spec.kind === "textarea" ? (
                    <textarea rows={4} {...common} />
                  ) : spec.kind === "date" ? (
                    <input
                      type="date"
                      {...common}
                      value={dmyToIso(values[name])}
                      onChange={(e) => setValues((v) => ({ ...v, [name]: isoToDmy(e.target.value) }))}
                    />
                  ) : (
                    <input
                      type={spec.kind === "number" ? "text" : spec.kind === "url" ? "url" : "text"}
                      inputMode={spec.kind === "number" ? "numeric" : undefined}
                      autoComplete="off"
                      {...common}
                    />
                  )}
                  <div id={`${id}-help`}>
                    {error ? (
                      <p className="mt-1 text-sm text-red-600" role="alert">
                        {error}
                      </p>
                    ) : hint ? (
                      <p className="mt-1 text-xs text-slate-500">{hint}</p>
                    ) : null}
                  </div>
                </div>
              );
            })}

            {allFields.some(isDripfeedField) && (
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={dripfeed}
                  onChange={(e) => setDripfeed(e.target.checked)}
                  className="size-4"
                  data-testid="dripfeed-toggle"
                />
                {t("dripfeedToggle")}
              </label>
            )}

            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
              <div className="text-sm">
                <span className="text-slate-500">{t("charge")} </span>
                <span className="text-lg font-semibold tabular-nums text-slate-900" data-testid="live-charge">
                  {charge === null ? "—" : formatCurrency(charge, money, locale)}
                </span>
                <ApproxPrice price={approx(charge)} className="ml-2" testId="live-charge-approx" />
                {quantity !== null && quantity !== Number(values.quantity ?? NaN) && !flat && (
                  <span className="ml-2 text-xs text-slate-500">
                    {t("inTotal", { quantity: formatNumber(quantity, locale) })}
                  </span>
                )}
                <div className="text-xs text-slate-500">{t("balance", { balance })}</div>
                {overBalance && (
                  <p className="mt-1 text-sm text-red-600" role="alert" data-testid="over-balance">
                    {t("overBalance")}{" "}
                    <Link href="/add-funds" className="font-medium underline">
                      {t("addFunds")}
                    </Link>
                  </p>
                )}
              </div>
              <Button type="submit" loading={pending}>
                {t("place")}
              </Button>
            </div>
          </>
        )}
      </form>

      {service && (
        <aside
          className="h-fit rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
          data-testid="service-description"
        >
          <h2 className="font-semibold text-slate-900">{service.name}</h2>
          <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-y-1.5">
            <dt className="text-slate-500">{t("serviceId")}</dt>
            <dd>{service.id}</dd>
            <dt className="text-slate-500">{t("type")}</dt>
            <dd>{service.type}</dd>
            <dt className="text-slate-500">{flat ? t("price") : t("ratePer1000")}</dt>
            <dd className="font-medium">
              {formatCurrency(BigInt(service.rate), money, locale)}
              <ApproxPrice price={approx(BigInt(service.rate))} className="block" testId="rate-approx" />
            </dd>
            <dt className="text-slate-500">{t("minMaxLabel")}</dt>
            <dd>
              {formatNumber(service.min, locale)} / {formatNumber(service.max, locale)}
            </dd>
            <dt className="text-slate-500">{t("refill")}</dt>
            <dd>{service.refill ? t("yes") : t("no")}</dd>
            <dt className="text-slate-500">{t("cancel")}</dt>
            <dd>{service.cancel ? t("yes") : t("no")}</dd>
            {service.dripfeed && (
              <>
                <dt className="text-slate-500">{t("dripfeed")}</dt>
                <dd>{t("available")}</dd>
              </>
            )}
            <dt className="text-slate-500">{t("averageTime")}</dt>
            <dd>
              {service.averageSeconds === null
                ? t("notEnoughData")
                : formatDuration(t, service.averageSeconds)}
            </dd>
          </dl>
          {service.description && (
            <p className="mt-3 whitespace-pre-line border-t border-slate-100 pt-3 text-slate-600">
              {service.description}
            </p>
          )}
        </aside>
      )}
    </div>
  );
}
