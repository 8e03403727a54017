import { StatusBadge } from "@/components/ui/table";
import type { DepositStatus, TransferStatus } from "@/lib/db";

const tones: Record<DepositStatus | TransferStatus, "green" | "yellow" | "red" | "blue" | "gray"> = {
  PENDING: "blue",
  CREDITED: "green",
  REVIEW: "yellow",
  EXPIRED: "gray",
  FAILED: "red",
  QUEUED: "yellow",
  HANDLED: "gray",
};

export function DepositStatusBadge({
  status,
  label,
}: {
  status: DepositStatus | TransferStatus;
  label: string;
}) {
  return <StatusBadge tone={tones[status]}>{label}</StatusBadge>;
}
