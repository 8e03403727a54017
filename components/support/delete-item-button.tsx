"use client";

// The delete button of the support editors' lists (announcements, saved replies): asks through
// the panel's dialog, runs the delete action, says how it went and refreshes the list.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/http/action-result";

export function DeleteItemButton({
  section,
  name,
  remove,
}: {
  section: "announcements" | "saved";
  name: string;
  remove: () => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations(`support.${section}`);
  const router = useRouter();
  const confirm = useConfirm();
  return (
    <Button
      variant="ghost"
      onClick={async () => {
        if (
          !(await confirm({
            title: t("deleteTitle", { name }),
            description: t("deleteDescription"),
            confirmLabel: t("delete"),
            danger: true,
          }))
        )
          return;
        const result = await remove();
        if (!result.ok) return void toast.error(result.error);
        toast.success(t("deleted"));
        router.refresh();
      }}
    >
      {t("delete")}
    </Button>
  );
}
