"use client";
// Suspend / reactivate, role, API access and key reset for one user; destructive steps ask first.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  changeUserRoleAction,
  resetUserApiKeyAction,
  resetUserTwoFactorAction,
  setUserApiAccessAction,
  setUserSuspendedAction,
  viewAsUserAction,
} from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  userId: number;
  email: string;
  status: "ACTIVE" | "SUSPENDED";
  role: "CUSTOMER" | "ADMIN" | "OWNER";
  apiAccess: boolean;
  hasApiKey: boolean;
  isSelf: boolean;
  /** The admin looking is the owner: the only one who grants or removes admin, or resets two-factor sign-in. */
  viewerIsOwner: boolean;
  twoFactorOn: boolean;
};

export function UserAccess({
  userId,
  email,
  status,
  role,
  apiAccess,
  hasApiKey,
  isSelf,
  viewerIsOwner,
  twoFactorOn,
}: Props) {
  const t = useTranslations("adminUsers.access");
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<string>();

  async function run(
    key: string,
    question: ConfirmOptions | null,
    call: () => Promise<ActionResult<unknown>>,
    done: string,
  ) {
    if (question && !(await confirm(question))) return;
    setBusy(key);
    const result = await call();
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(done);
    router.refresh();
  }

  const suspended = status === "SUSPENDED";
  const isOwner = role === "OWNER";
  return (
    <div className="space-y-4 text-sm">
      {isOwner ? (
        <p className="text-xs text-slate-500" data-testid="owner-note">
          {t("owner")}
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {suspended ? (
            <Button
              variant="secondary"
              loading={busy === "status"}
              disabled={isSelf}
              onClick={() =>
                run("status", null, () => setUserSuspendedAction(userId, false), t("reactivated"))
              }
            >
              {t("reactivate")}
            </Button>
          ) : (
            <Button
              variant="danger"
              loading={busy === "status"}
              disabled={isSelf}
              onClick={() =>
                run(
                  "status",
                  {
                    title: t("suspendTitle", { email }),
                    description: t("suspendDescription"),
                    confirmLabel: t("suspend"),
                    danger: true,
                  },
                  () => setUserSuspendedAction(userId, true),
                  t("suspended"),
                )
              }
            >
              {t("suspend")}
            </Button>
          )}
          {viewerIsOwner && (
            <Button
              variant="secondary"
              loading={busy === "role"}
              disabled={isSelf}
              onClick={() =>
                run(
                  "role",
                  role === "ADMIN"
                    ? {
                        title: t("makeCustomerTitle", { email }),
                        description: t("makeCustomerDescription"),
                        confirmLabel: t("makeCustomer"),
                      }
                    : {
                        title: t("makeAdminTitle", { email }),
                        description: t("makeAdminDescription"),
                        confirmLabel: t("makeAdmin"),
                        danger: true,
                      },
                  () => changeUserRoleAction(userId, role === "ADMIN" ? "CUSTOMER" : "ADMIN"),
                  t("roleChanged"),
                )
              }
            >
              {role === "ADMIN" ? t("makeCustomer") : t("makeAdmin")}
            </Button>
          )}
        </div>
      )}
      {!isOwner && !viewerIsOwner && <p className="text-xs text-slate-500">{t("ownerGrantsAdmin")}</p>}
      {viewerIsOwner && twoFactorOn && !isOwner && !isSelf && (
        <div className="border-t border-slate-100 pt-4">
          <Button
            variant="danger"
            loading={busy === "two-factor"}
            onClick={() =>
              run(
                "two-factor",
                {
                  title: t("resetTwoFactorTitle", { email }),
                  description: t("resetTwoFactorDescription"),
                  confirmLabel: t("resetTwoFactor"),
                  danger: true,
                },
                () => resetUserTwoFactorAction(userId),
                t("twoFactorReset"),
              )
            }
          >
            {t("resetTwoFactor")}
          </Button>
        </div>
      )}
      {isSelf && !isOwner && <p className="text-xs text-slate-500">{t("self")}</p>}
      {role === "CUSTOMER" && !suspended && (
        <div className="border-t border-slate-100 pt-4">
          <Button
            variant="secondary"
            loading={busy === "view"}
            onClick={() =>
              run(
                "view",
                {
                  title: t("viewAsTitle", { email }),
                  description: t("viewAsDescription"),
                  confirmLabel: t("viewAs"),
                },
                () => viewAsUserAction(userId),
                t("viewing"),
              )
            }
          >
            {t("viewAs")}
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
              apiAccess
                ? {
                    title: t("disableApiTitle", { email }),
                    description: t("disableApiDescription"),
                    confirmLabel: t("disableApi"),
                  }
                : null,
              () => setUserApiAccessAction(userId, !apiAccess),
              apiAccess ? t("apiDisabled") : t("apiEnabled"),
            )
          }
        >
          {apiAccess ? t("disableApi") : t("enableApi")}
        </Button>
        {hasApiKey && (
          <Button
            variant="danger"
            loading={busy === "key"}
            onClick={() =>
              run(
                "key",
                {
                  title: t("revokeTitle", { email }),
                  description: t("revokeDescription"),
                  confirmLabel: t("revoke"),
                  danger: true,
                },
                () => resetUserApiKeyAction(userId),
                t("revoked"),
              )
            }
          >
            {t("resetKey")}
          </Button>
        )}
      </div>
    </div>
  );
}
