"use client";
// What a form that calls a server action keeps while it runs: whether it is pending, and the error
// the action answered with, by field (shown under that field) or for the form (field undefined).
import { useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";

export type FormError = { field?: string; message: string };

export function useActionForm() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError>();

  /** Runs the action with the form pending and its last error cleared; a refusal becomes `error`. */
  async function submit<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    setPending(true);
    setError(undefined);
    try {
      const result = await action();
      if (!result.ok) setError({ field: result.field, message: result.error });
      return result;
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    error,
    setError,
    submit,
    /** The error's message when it is about this field. */
    fieldError: (name: string) => (error?.field === name ? error.message : undefined),
  };
}
