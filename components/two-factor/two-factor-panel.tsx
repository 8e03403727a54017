"use client";
// The security page's two-factor card: off (set it up), setting up (QR code, key, first code),
// the recovery codes shown once, and on (status, new recovery codes, turn it off).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { startTwoFactorAction } from "@/lib/actions/customer/two-factor";
import { Button } from "@/components/ui/button";
import { DisableTwoFactorForm } from "./disable-form";
import { EnrolTwoFactorForm, type Enrolment } from "./enrol-form";
import { RecoveryCodes } from "./recovery-codes";
import { RegenerateCodesForm } from "./regenerate-codes-form";

type Props = { enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number };

export function TwoFactorPanel({ enabled, enabledAt, recoveryCodesLeft }: Props) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [starting, setStarting] = useState(false);
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();

  async function start() {
    setStarting(true);
    const result = await startTwoFactorAction();
    setStarting(false);
    if (!result.ok) return void toast.error(result.error);
    setEnrolment(result.data);
  }

  if (recoveryCodes) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={() => {
          setRecoveryCodes(undefined);
          router.refresh();
        }}
      />
    );
  }

  if (enabled) {
    return (
      <div className="space-y-6 text-sm">
        <div className="space-y-1">
          <p className="font-medium text-green-700" data-testid="two-factor-status">
            {t("statusOn")}
          </p>
          {enabledAt && <p className="text-slate-600">{t("onSince", { date: enabledAt })}</p>}
          <p className="text-slate-600">{t("codesLeft", { count: recoveryCodesLeft })}</p>
        </div>
        <RegenerateCodesForm onCodes={setRecoveryCodes} />
        <DisableTwoFactorForm onDisabled={() => router.refresh()} />
      </div>
    );
  }

  if (enrolment) {
    return (
      <EnrolTwoFactorForm
        enrolment={enrolment}
        onCancel={() => setEnrolment(undefined)}
        onEnabled={(codes) => {
          setEnrolment(undefined);
          setRecoveryCodes(codes);
          toast.success(t("enabledToast"));
        }}
      />
    );
  }

  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700" data-testid="two-factor-status">
        {t("statusOff")}
      </p>
      <p className="max-w-prose text-slate-600">{t("offIntro")}</p>
      <Button onClick={start} loading={starting}>
        {t("setUp")}
      </Button>
    </div>
  );
}
