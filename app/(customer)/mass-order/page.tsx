import Link from "next/link";
import { MassOrderForm } from "@/components/orders/mass-order-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Mass order" };

export default async function MassOrderPage() {
  await requireUser();
  return (
    <>
      <PageHeader
        title="Mass order"
        description={
          <>
            Up to 100 orders at once, one <code className="rounded bg-slate-100 px-1 text-slate-800">service_id|link|quantity</code> per line. Service IDs are on the{" "}
            <Link href="/services" className="text-brand-700 underline hover:no-underline">
              Services
            </Link>{" "}
            page.
          </>
        }
      />
      <MassOrderForm />
    </>
  );
}
