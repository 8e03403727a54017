"use client";
// One idempotency token per filled form: drawn at the first submit, sent again with every repeat
// of that submit (double clicks, a retry after a lost answer), drawn anew once it succeeded.
import { useRef } from "react";
import { newIdempotencyKey } from "@/lib/validations/idempotency";

export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  return {
    current: () => (key.current ??= newIdempotencyKey()),
    renew: () => void (key.current = null),
  };
}
