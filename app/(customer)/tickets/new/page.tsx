import { getTranslations } from "next-intl/server";
import { NewTicketForm } from "@/components/support/customer-ticket-forms";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { idParam, type SearchParams } from "@/lib/http/url-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("tickets.new") };
}

export default async function NewTicketPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const t = await getTranslations("support");
  const orderId = idParam(await searchParams, "order");
  return (
    <>
      <PageHeader title={t("tickets.new")} description={t("tickets.description")} />
      <NewTicketForm orderIds={orderId ? String(orderId) : ""} kind={orderId ? "ORDER" : "OTHER"} />
    </>
  );
}
