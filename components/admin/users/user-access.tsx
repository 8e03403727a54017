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
} from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
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
  const [busy, setBusy] = useState<string>();

  async function run(key: string, confirmText: string | null, call: () => Promise<ActionResult<unknown>>, done: string) {
    if (confirmText && !window.confirm(confirmText)) return;
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
            onClick={() => run("status", `Suspend ${email}? Their sessions and API key stop working at once.`, () => setUserSuspendedAction(userId, true), "User suspended")}
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
              role === "ADMIN" ? `Make ${email} a customer? They lose admin access.` : `Make ${email} an admin? They get full access to this panel.`,
              () => changeUserRoleAction(userId, role === "ADMIN" ? "CUSTOMER" : "ADMIN"),
              "Role changed",
            )
          }
        >
          {role === "ADMIN" ? "Make customer" : "Make admin"}
        </Button>
      </div>
      {isSelf && <p className="text-xs text-slate-500">You cannot suspend yourself or change your own role.</p>}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
        <Button
          variant="secondary"
          loading={busy === "api"}
          onClick={() =>
            run(
              "api",
              apiAccess ? `Turn off API access for ${email}? Their reseller API calls are refused until you turn it back on.` : null,
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
            onClick={() => run("key", `Revoke ${email}'s API key? Scripts using it stop at once; they can generate a new key.`, () => resetUserApiKeyAction(userId), "API key revoked")}
          >
            Reset API key
          </Button>
        )}
      </div>
    </div>
  );
}
