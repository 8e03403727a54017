import { getLocale, getTranslations } from "next-intl/server";
import { GatewayForm, type GatewayField } from "@/components/admin/deposits/gateway-form";
import { BonusRuleForm, CouponForm, ToggleButton } from "@/components/admin/deposits/promotions";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { listBonusRules } from "@/lib/payments/bonus-rules";
import { listCoupons } from "@/lib/payments/coupons";
import { listDemoGateways } from "@/lib/payments/demo";
import { getGatewayConfig, publicGatewayConfig } from "@/lib/payments/gateway-settings";
import { publicOrigin } from "@/lib/payments/public-url";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Payment gateways" };

type Values = Record<string, string | boolean>;

export default async function GatewaysPage() {
  await requireAdminPage();
  const [sepay, nowpayments, demoGateways, rules, coupons, settings, t, locale] = await Promise.all([
    getGatewayConfig("sepay"),
    getGatewayConfig("nowpayments"),
    listDemoGateways(),
    listBonusRules(),
    listCoupons(),
    getSettings(),
    getTranslations("adminDeposits"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const f = (
    name: string,
    kind: GatewayField["kind"] = "text",
    label = t(`field.${name}`),
  ): GatewayField => ({ name, kind, label });
  const common = [
    f("enabled", "boolean"),
    f("minAmount"),
    f("maxAmount"),
    f("feePercent"),
    f("bonusPercent"),
    f("expiryMinutes"),
  ];
  const sepayFields: GatewayField[] = [
    ...common,
    { ...f("rate", "text", t("field.rate", { currency: "VND" })) },
    f("bankBin"),
    f("bankName"),
    f("accountNumber"),
    f("accountHolder"),
    f("memoPrefix"),
    {
      ...f("differentAmount", "select"),
      options: [
        { value: "hold", label: t("field.differentHold") },
        { value: "credit", label: t("field.differentCredit") },
      ],
    },
    f("apiKey", "secret"),
    f("hmacSecret", "secret"),
  ];
  const nowpaymentsFields: GatewayField[] = [
    ...common,
    f("currency"),
    { ...f("rate", "text", t("field.rate", { currency: nowpayments.currency })) },
    f("apiUrl"),
    f("ipnUrl"),
    f("apiKey", "secret", t("field.npApiKey")),
    f("ipnSecret", "secret"),
  ];
  const origin = publicOrigin();
  // Whether the gateway's payments are simulated: visible, so the owner knows when money is real.
  const mode = (gateway: "sepay" | "nowpayments") =>
    demoGateways.includes(gateway) ? (
      <p
        className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800"
        data-testid={`${gateway}-mode`}
      >
        {t("demoMode")}
      </p>
    ) : (
      <p
        className="mb-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800"
        data-testid={`${gateway}-mode`}
      >
        {t("liveMode")}
      </p>
    );

  return (
    <>
      <PageHeader title={t("gatewaysTitle")} description={t("gatewaysDescription")} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("gateway.sepay")}>
          {mode("sepay")}
          <p className="mb-4 break-all text-xs text-slate-500">
            {t("webhookHint", { url: `${origin}/api/payments/sepay` })}
          </p>
          <GatewayForm
            gateway="sepay"
            fields={sepayFields}
            values={publicGatewayConfig("sepay", sepay) as Values}
          />
        </Card>
        <Card title={t("gateway.nowpayments")}>
          {mode("nowpayments")}
          <p className="mb-4 break-all text-xs text-slate-500">
            {t("ipnHint", { url: nowpayments.ipnUrl || `${origin}/api/payments/nowpayments` })}
          </p>
          <GatewayForm
            gateway="nowpayments"
            fields={nowpaymentsFields}
            values={publicGatewayConfig("nowpayments", nowpayments) as Values}
          />
        </Card>
        <Card title={t("bonusTitle")}>
          <p className="mb-3 text-xs text-slate-500">{t("bonusHint")}</p>
          {rules.length === 0 ? (
            <p className="mb-3 text-sm text-slate-500">{t("noRules")}</p>
          ) : (
            <ul className="mb-4 divide-y divide-slate-100 text-sm">
              {rules.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-2 py-1">
                  <span className={r.active ? "" : "text-slate-400"}>
                    {t("ruleLine", { percent: r.percentBps / 100, min: money(r.minAmount) })}
                    {!r.active && ` (${t("inactive")})`}
                  </span>
                  <ToggleButton kind="rule" id={r.id} active={r.active} />
                </li>
              ))}
            </ul>
          )}
          <BonusRuleForm />
        </Card>
        <Card title={t("couponsTitle")}>
          {coupons.length === 0 ? (
            <p className="mb-3 text-sm text-slate-500">{t("noCoupons")}</p>
          ) : (
            <ul className="mb-4 divide-y divide-slate-100 text-sm">
              {coupons.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 py-1">
                  <span className={c.active ? "" : "text-slate-400"}>
                    {t("couponLine", {
                      code: c.code,
                      value: c.kind === "fixed" ? money(c.value) : `${Number(c.value) / 100}%`,
                      uses: c.usesLeft === null ? t("unlimited") : c.usesLeft,
                      used: c._count.redemptions,
                    })}
                    {!c.active && ` (${t("inactive")})`}
                  </span>
                  <ToggleButton kind="coupon" id={c.id} active={c.active} />
                </li>
              ))}
            </ul>
          )}
          <CouponForm />
        </Card>
      </div>
    </>
  );
}
