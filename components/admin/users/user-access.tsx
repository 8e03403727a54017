"use client";
// Suspend / reactivate, role, API access and key reset for one user; destructive steps ask first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  changeUserRoleAction,
  resetUserApiKeyAction,
  setUserApiAccessAction,
  setUserSuspendedAction,
  viewAsUserAction,
} from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  userId: number;
  email: string;
  status: "ACTIVE" | "SUSPENDED";
  role: "CUSTOMER" | "ADMIN";
  apiAccess: boolean;
  hasApiKey: boolean;
  isSelf: boolean;
};

export function UserAccess({ userId, email, status, role, apiAccess, hasApiKey, isSelf }: Props) {
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<string>();

  async function run(key: string, question: ConfirmOptions | null, call: () => Promise<ActionResult<unknown>>, done: string) {
    if (question && !(await confirm(question))) return;
    setBusy(key);
    const result = await call();
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(done);
    router.refresh();
  }

  const suspended = status === "SUSPENDED";
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {suspended ? (
          <Button variant="secondary" loading={busy === "status"} disabled={isSelf} onClick={() => run("status", null, () => setUserSuspendedAction(userId, false), "User reactivated")}>
            Reactivate
          </Button>
        ) : (
          <Button
            variant="danger"
            loading={busy === "status"}
            disabled={isSelf}
            onClick={() => run("status", { title: `Suspend ${email}?`, description: "Their sessions and API key stop working at once. Their balance stays as it is.", confirmLabel: "Suspend", danger: true }, () => setUserSuspendedAction(userId, true), "User suspended")}
          >
            Suspend
          </Button>
        )}
        <Button
          variant="secondary"
          loading={busy === "role"}
          disabled={isSelf}
          onClick={() =>
            run(
              "role",
              role === "ADMIN"
                ? { title: `Make ${email} a customer?`, description: "They lose admin access.", confirmLabel: "Make customer" }
                : { title: `Make ${email} an admin?`, description: "They get full access to this panel, its money and its providers.", confirmLabel: "Make admin", danger: true },
              () => changeUserRoleAction(userId, role === "ADMIN" ? "CUSTOMER" : "ADMIN"),
              "Role changed",
            )
          }
        >
          {role === "ADMIN" ? "Make customer" : "Make admin"}
        </Button>
      </div>
      {isSelf && <p className="text-xs text-slate-500">You cannot suspend yourself or change your own role.</p>}
      {role === "CUSTOMER" && !suspended && (
        <div className="border-t border-slate-100 pt-4">
          <Button
            variant="secondary"
            loading={busy === "view"}
            onClick={() =>
              run(
                "view",
                {
                  title: `Sign in as ${email}?`,
                  description: "You see the panel as they do, with a banner, until you go back to your admin session (at most an hour). What you do there is done as them, with their balance. The start and the end are written to the audit log.",
                  confirmLabel: "Sign in as this user",
                },
                () => viewAsUserAction(userId),
                "Viewing as this user",
              )
            }
          >
            Sign in as this user
          </Button>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
        <Button
          variant="secondary"
          loading={busy === "api"}
          onClick={() =>
            run(
              "api",
              apiAccess ? { title: `Turn off API access for ${email}?`, description: "Their reseller API calls are refused until you turn it back on.", confirmLabel: "Disable API access" } : null,
              () => setUserApiAccessAction(userId, !apiAccess),
              apiAccess ? "API access disabled" : "API access enabled",
            )
          }
        >
          {apiAccess ? "Disable API access" : "Enable API access"}
        </Button>
        {hasApiKey && (
          <Button
            variant="danger"
            loading={busy === "key"}
            onClick={() => run("key", { title: `Revoke ${email}'s API key?`, description: "Scripts using it stop at once; they can generate a new key.", confirmLabel: "Revoke key", danger: true }, () => resetUserApiKeyAction(userId), "API key revoked")}
          >
            Reset API key
          </Button>
        )}
      </div>
    </div>
  );
}
