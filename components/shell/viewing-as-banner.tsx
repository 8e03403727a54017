"use client";
// Shown on every customer page while an admin views the panel as this customer.
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { stopViewingAction } from "@/lib/actions/admin/users";

export function ViewingAsBanner({
  customerEmail,
  adminEmail,
}: {
  customerEmail: string;
  adminEmail: string;
}) {
  const t = useTranslations("adminTools");
  const [pending, start] = useTransition();
  return (
    <div
      className="sticky top-0 z-50 flex flex-wrap items-center justify-center gap-x-3 gap-y-1 bg-amber-300 px-4 py-2 text-center text-sm text-slate-900"
      role="status"
      data-testid="viewing-as-banner"
    >
      <span>
        {t.rich("viewingAs", {
          email: customerEmail,
          admin: adminEmail,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </span>
      <button
        type="button"
        onClick={() => start(async () => void (await stopViewingAction()))}
        disabled={pending}
        className="rounded-md bg-slate-900 px-3 py-1 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {pending ? t("returning") : t("backToAdmin")}
      </button>
    </div>
  );
}
