"use client";
// Confirmation before an action that moves money or cannot be undone: an accessible alert
// dialog (Radix UI: focus trapped, Escape cancels, the question is announced) that says what
// will happen. `const confirm = useConfirm(); if (!(await confirm({...}))) return;`
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { createContext, useCallback, useContext, useRef, useState } from "react";
import { buttonClass } from "./button-class";

export type ConfirmOptions = {
  title: string;
  /** What will happen, money included. */
  description: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
};

type Ask = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Ask | null>(null);

export function ConfirmProvider({ children }: { children: React.ReactNode }) {
  const t = useTranslations("common");
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const answer = useRef<(ok: boolean) => void>(undefined);

  const ask = useCallback<Ask>((next) => {
    answer.current?.(false);
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  }, []);

  const close = (ok: boolean) => {
    answer.current?.(ok);
    answer.current = undefined;
    setOptions(null);
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <AlertDialog.Root open={options !== null} onOpenChange={(open) => !open && close(false)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl focus:outline-none">
            <AlertDialog.Title className="text-base font-semibold text-slate-900">
              {options?.title}
            </AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-slate-600">
              {options?.description}
            </AlertDialog.Description>
            <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <AlertDialog.Cancel className={buttonClass("secondary")}>
                {options?.cancelLabel ?? t("goBack")}
              </AlertDialog.Cancel>
              <AlertDialog.Action
                className={buttonClass(options?.danger ? "danger" : "primary")}
                onClick={() => close(true)}
              >
                {options?.confirmLabel}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error("useConfirm needs a ConfirmProvider (components/providers.tsx)");
  return ask;
}
