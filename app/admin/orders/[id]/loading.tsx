import { ListSkeleton } from "@/components/orders/list-skeleton";

export default function Loading() {
  return <ListSkeleton title="Orders" rows={8} />;
}
