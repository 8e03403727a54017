// A payment request's status as a badge, shared by the admin list and the customer's list.
import { StatusBadge } from "@/components/ui/table";

export function PaymentStatusBadge({ status }: { status: "PENDING" | "APPROVED" | "REJECTED" }) {
  if (status === "APPROVED") return <StatusBadge tone="green">Approved</StatusBadge>;
  if (status === "REJECTED") return <StatusBadge tone="red">Rejected</StatusBadge>;
  return <StatusBadge tone="yellow">Pending</StatusBadge>;
}
