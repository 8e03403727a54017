"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Toaster } from "sonner";
import { ConfirmProvider } from "./ui/confirm-dialog";

export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ConfirmProvider>{children}</ConfirmProvider>
      {/* Below the header, so a toast never covers the balance. */}
      <Toaster position="top-right" offset={{ top: 72 }} mobileOffset={{ top: 64 }} richColors closeButton />
    </QueryClientProvider>
  );
}
