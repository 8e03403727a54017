"use client";
// Category list with inline edit (name, sort order, markup override) and an "add" row.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  createCategoryAction,
  deleteCategoryAction,
  updateCategoryAction,
} from "@/lib/actions/admin/services";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { Table, td, th } from "@/components/ui/table";

type Row = {
  id: number;
  name: string;
  sortOrder: string;
  markupPercent: string;
  markupFixed: string;
  serviceCount: number;
};
const EMPTY = { name: "", sortOrder: "0", markupPercent: "", markupFixed: "" };

function read(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    name: text("name"),
    sortOrder: text("sortOrder"),
    markupPercent: text("markupPercent"),
    markupFixed: text("markupFixed"),
  };
}

function CategoryRow({ row }: { row: Row | null }) {
  const t = useTranslations("adminServices.categories");
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const formId = `category-${row?.id ?? "new"}`;
  const initial = row ?? EMPTY;

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    const result = row
      ? await updateCategoryAction(row.id, read(form))
      : await createCategoryAction(read(form));
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    if (row) {
      const repriced = (result.data as { repriced: number }).repriced;
      toast.success(repriced ? t("savedRepriced", { count: repriced }) : t("saved"));
    } else {
      toast.success(t("added"));
      form.reset();
    }
    router.refresh();
  }

  async function remove() {
    if (
      !row ||
      !(await confirm({
        title: t("deleteTitle", { name: row.name }),
        description: t("deleteDescription"),
        confirmLabel: t("deleteConfirm"),
        danger: true,
      }))
    )
      return;
    setBusy(true);
    const result = await deleteCategoryAction(row.id);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("deleted"));
    router.refresh();
  }

  const cell = "!py-1.5";
  return (
    <tr data-testid={row ? `category-row-${row.id}` : "category-new"}>
      <td className={td}>
        <form id={formId} onSubmit={save} />
        <input
          form={formId}
          name="name"
          defaultValue={initial.name}
          placeholder={row ? "" : t("newPlaceholder")}
          className={`${inputClass} ${cell} !min-w-48`}
          aria-label={t("name")}
        />
      </td>
      <td className={td}>
        <input
          form={formId}
          name="sortOrder"
          defaultValue={initial.sortOrder}
          inputMode="numeric"
          className={`${inputClass} ${cell} !w-20`}
          aria-label={t("sortOrder")}
        />
      </td>
      <td className={td}>
        <input
          form={formId}
          name="markupPercent"
          defaultValue={initial.markupPercent}
          placeholder={t("defaultPlaceholder")}
          inputMode="decimal"
          className={`${inputClass} ${cell} !w-24`}
          aria-label={t("markupPercent")}
        />
      </td>
      <td className={td}>
        <input
          form={formId}
          name="markupFixed"
          defaultValue={initial.markupFixed}
          placeholder={t("defaultPlaceholder")}
          inputMode="decimal"
          className={`${inputClass} ${cell} !w-28`}
          aria-label={t("fixedPer1000")}
        />
      </td>
      <td className={`${td} tabular-nums`}>{row ? row.serviceCount : ""}</td>
      <td className={`${td} whitespace-nowrap`}>
        <Button
          form={formId}
          type="submit"
          variant={row ? "secondary" : "primary"}
          className="py-1.5"
          loading={busy}
        >
          {row ? t("save") : t("add")}
        </Button>
        {row && row.serviceCount === 0 && (
          <Button variant="ghost" className="ml-1 py-1.5 text-red-700" onClick={remove} disabled={busy}>
            {t("delete")}
          </Button>
        )}
      </td>
    </tr>
  );
}

export function CategoryEditor({ categories }: { categories: Row[] }) {
  const t = useTranslations("adminServices.categories");
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{t("colName")}</th>
          <th className={th}>{t("colSort")}</th>
          <th className={th}>{t("colMarkup")}</th>
          <th className={th}>{t("colFixed")}</th>
          <th className={th}>{t("colServices")}</th>
          <th className={th}>
            <span className="sr-only">{t("colActions")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {categories.map((row) => (
          <CategoryRow
            key={`${row.id}:${row.name}:${row.sortOrder}:${row.markupPercent}:${row.markupFixed}`}
            row={row}
          />
        ))}
        <CategoryRow row={null} />
      </tbody>
    </Table>
  );
}
