"use client";
// Setting up: the QR code and the key to type in by hand, then the app's first code switches
// two-factor sign-in on.
import { useTranslations } from "next-intl";
import { confirmTwoFactorAction } from "@/lib/actions/customer/two-factor";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** `secret` is grouped by four for reading; `qrCode` a data: URL of `uri` (otpauth://). */
export type Enrolment = { secret: string; uri: string; qrCode: string };

type Props = { enrolment: Enrolment; onEnabled(codes: string[]): void; onCancel(): void };

export function EnrolTwoFactorForm({ enrolment, onEnabled, onCancel }: Props) {
  const t = useTranslations("twoFactor");
  const { pending, error, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    const result = await submit(() => confirmTwoFactorAction({ code }));
    if (!result.ok) return;
    onEnabled(result.data.recoveryCodes);
  }

  return (
    <div className="space-y-6 text-sm">
      <section className="space-y-3">
        <h3 className="font-medium text-slate-800">{t("scanTitle")}</h3>
        {/* A data: URL drawn on the server; next/image has nothing to optimise here. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={enrolment.qrCode}
          alt={t("qrAlt")}
          width={192}
          height={192}
          className="size-48 rounded-md border border-slate-200 bg-white p-2"
        />
        <div>
          <p className="text-slate-600">{t("manualEntry")}</p>
          <code
            className="mt-1 block w-fit max-w-full rounded-md bg-slate-100 px-3 py-2 font-mono text-sm tracking-wide break-words text-slate-900 select-all"
            data-testid="two-factor-secret"
          >
            {enrolment.secret}
          </code>
        </div>
        {/* On a phone the app is on this very device: its otpauth:// link adds the account without scanning. */}
        <a href={enrolment.uri} className="inline-block font-medium text-brand-600 hover:underline sm:hidden">
          {t("openInApp")}
        </a>
      </section>
      <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
        <h3 className="font-medium text-slate-800">{t("confirmTitle")}</h3>
        <Field
          label={t("code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={error?.message}
          required
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={pending}>
            {t("turnOn")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
