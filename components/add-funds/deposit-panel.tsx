"use client";
// One top-up while the customer pays: the VietQR code, bank details and memo (or the crypto
// payment link), and a live wait that polls the deposit and shows the credit and the new
// balance without a reload. In the demo, a button makes the gateway pay.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { simulateDemoPaymentAction } from "@/lib/actions/customer/add-funds";
import { BALANCE_QUERY_KEY } from "@/components/shell/live-balance";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { formatCurrency, type MoneyFormat } from "@/lib/format";

export type DepositPanelProps = {
  id: number;
  kind: "bank" | "crypto";
  code: string;
  status: string;
  /** Units credited so far, as a string (bigint does not cross to the client). */
  credited: string;
  payAmount: string;
  payCurrency: string;
  expiresAt: string;
  balance: string;
  bank?: { qr: string; bankName: string; accountNumber: string; accountHolder: string };
  payUrl?: string | null;
  demo: boolean;
  money: MoneyFormat;
};

type Live = { status: string; credited: string; balance: string };

function CopyValue({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations("deposits");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center justify-between gap-2 border-b border-slate-100 py-2 last:border-0">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="flex items-center gap-2 text-right text-sm font-medium text-slate-900">
        <span data-testid={testId} className="break-all">
          {value}
        </span>
        <button
          type="button"
          className="rounded border border-slate-200 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-50"
          onClick={() =>
            navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => undefined,
            )
          }
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </dd>
    </div>
  );
}

export function DepositPanel(props: DepositPanelProps) {
  const t = useTranslations("deposits");
  const locale = useLocale();
  const [simulating, setSimulating] = useState(false);
  const initial: Live = { status: props.status, credited: props.credited, balance: props.balance };
  const { data = initial } = useQuery<Live>({
    queryKey: ["deposit", props.id],
    queryFn: async () => {
      const response = await fetch(`/api/deposits/${props.id}`, { cache: "no-store" });
      if (!response.ok) throw new Error("poll failed");
      return response.json();
    },
    initialData: initial,
    refetchInterval: (query) =>
      query.state.data?.status === "PENDING" || query.state.data?.status === "EXPIRED" ? 3_000 : false,
  });
  const money = (units: string) => formatCurrency(BigInt(units), props.money, locale);
  // A credit shows in the header balance too, as a refund does from the orders poll.
  const queryClient = useQueryClient();
  const creditedBalance = data.status === "CREDITED" ? money(data.balance) : null;
  useEffect(() => {
    if (creditedBalance) queryClient.setQueryData(BALANCE_QUERY_KEY, creditedBalance);
  }, [creditedBalance, queryClient]);
  const payAmount = `${Number(props.payAmount).toLocaleString(locale)} ${props.payCurrency}`;

  async function simulate() {
    setSimulating(true);
    const result = await simulateDemoPaymentAction(props.id);
    setSimulating(false);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("simulated"));
  }

  const status =
    data.status === "CREDITED" ? (
      <p
        className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800"
        role="status"
        data-testid="deposit-credited"
      >
        {t("credited", { amount: money(data.credited), balance: money(data.balance) })}
      </p>
    ) : (
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" role="status">
        {data.status === "REVIEW"
          ? t("review")
          : data.status === "FAILED"
            ? t("failed")
            : data.status === "EXPIRED"
              ? t("expired")
              : t("waiting")}
      </p>
    );

  return (
    <div className="space-y-4" data-testid="deposit-panel">
      <div className="flex items-center justify-between text-sm">
        <span className="text-slate-500">{t("balance")}</span>
        <span className="font-semibold text-slate-900" data-testid="deposit-balance">
          {money(data.balance)}
        </span>
      </div>
      {status}
      {props.kind === "bank" && props.bank && data.status !== "CREDITED" && (
        <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server */}
          <img
            src={props.bank.qr}
            alt={t("qrAlt")}
            width={220}
            height={220}
            className="mx-auto rounded border border-slate-200"
            data-testid="vietqr"
          />
          <div>
            <p className="mb-2 text-sm text-slate-600">{t("scanQr")}</p>
            <dl>
              <CopyValue label={t("bankName")} value={props.bank.bankName} />
              <CopyValue label={t("accountNumber")} value={props.bank.accountNumber} />
              <CopyValue label={t("accountHolder")} value={props.bank.accountHolder} />
              <CopyValue label={t("transferAmount")} value={payAmount} />
              <CopyValue label={t("memo")} value={props.code} testId="deposit-memo" />
            </dl>
            <p className="mt-2 text-xs text-slate-500">{t("memoHint")}</p>
          </div>
        </div>
      )}
      {props.kind === "crypto" && props.payUrl && data.status !== "CREDITED" && (
        <div className="space-y-2">
          <a href={props.payUrl} className={buttonClass("primary")} target="_blank" rel="noopener noreferrer">
            {t("payCrypto")} · {payAmount}
          </a>
          <p className="text-xs text-slate-500">{t("cryptoHint")}</p>
        </div>
      )}
      {data.status === "PENDING" && (
        <p className="text-xs text-slate-500">
          {t("expires", { time: new Date(props.expiresAt).toLocaleString(locale) })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {props.demo && data.status !== "CREDITED" && (
          <Button type="button" variant="secondary" loading={simulating} onClick={simulate}>
            {t("simulate")}
          </Button>
        )}
        <Link href="/add-funds" className={buttonClass("ghost")}>
          {t("newTopUp")}
        </Link>
      </div>
    </div>
  );
}
