"use client";
// The header balance. The orders page's live poll carries the balance, so a refund shows up
// here as it shows up in the list; every server render (after an action) brings it too.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

export const BALANCE_QUERY_KEY = ["balance"] as const;

export function LiveBalance({ initial }: { initial: string }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.setQueryData(BALANCE_QUERY_KEY, initial);
  }, [initial, queryClient]);
  const { data } = useQuery({
    queryKey: BALANCE_QUERY_KEY,
    queryFn: () => initial,
    initialData: initial,
    enabled: false,
    staleTime: Infinity,
  });
  return (
    <span
      className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-700"
      data-testid="balance"
      aria-live="polite"
    >
      {data}
    </span>
  );
}
