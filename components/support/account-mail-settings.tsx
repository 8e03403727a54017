"use client";
// Account page: the address's confirmation (with "send again") and the order-mail opt-in.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { resendVerificationAction, setOrderMailsAction } from "@/lib/actions/customer/account";
import { Button } from "@/components/ui/button";

export function AccountMailSettings({
  orderMails,
  verified,
  verification,
}: {
  orderMails: boolean;
  verified: boolean;
  verification: "off" | "optional" | "required";
}) {
  const t = useTranslations("support.account");
  const [on, setOn] = useState(orderMails);
  const [sending, setSending] = useState(false);
  return (
    <div className="space-y-4 text-sm">
      {verification !== "off" && (
        <div className="flex flex-wrap items-center gap-3">
          <p className={verified ? "text-green-700" : "text-amber-800"}>
            {verified ? t("verified") : t("unverified")}{" "}
            {!verified && verification === "required" && t("requiredNote")}
          </p>
          {!verified && (
            <Button
              variant="secondary"
              loading={sending}
              onClick={async () => {
                setSending(true);
                const result = await resendVerificationAction();
                setSending(false);
                if (result.ok) toast.success(t("resent"));
                else toast.error(result.error);
              }}
            >
              {t("resend")}
            </Button>
          )}
        </div>
      )}
      <label className="flex items-center gap-2 text-slate-700">
        <input
          type="checkbox"
          className="size-4"
          checked={on}
          onChange={async (e) => {
            const next = e.target.checked;
            setOn(next);
            const result = await setOrderMailsAction(next);
            if (result.ok) toast.success(t("saved"));
            else {
              setOn(!next);
              toast.error(result.error);
            }
          }}
        />
        {t("orderMails")}
      </label>
    </div>
  );
}
