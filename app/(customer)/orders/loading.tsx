import { ListSkeleton } from "@/components/orders/list-skeleton";

export default function Loading() {
  return <ListSkeleton page="orders" />;
}
