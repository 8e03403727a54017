import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MassOrderForm } from "@/components/orders/mass-order-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("massOrder"))("title") };
}

export default async function MassOrderPage() {
  await requireUser();
  const t = await getTranslations("massOrder");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          code: (chunks) => <code className="rounded bg-slate-100 px-1 text-slate-800">{chunks}</code>,
          services: (chunks) => (
            <Link href="/services" className="text-brand-700 underline hover:no-underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <MassOrderForm />
    </>
  );
}
