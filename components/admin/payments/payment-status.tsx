// A payment request's status as a badge, shared by the admin list and the customer's list.
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/table";

const tone = { PENDING: "yellow", APPROVED: "green", REJECTED: "red" } as const;

export function PaymentStatusBadge({ status }: { status: "PENDING" | "APPROVED" | "REJECTED" }) {
  const t = useTranslations("adminPayments.status");
  return <StatusBadge tone={tone[status]}>{t(status)}</StatusBadge>;
}
