"use client";
// Announcements: add, edit, delete; title, light-Markdown body, pin, optional dates (UTC days).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { deleteAnnouncementAction, saveAnnouncementAction } from "@/lib/actions/admin/announcements";
import { Button } from "@/components/ui/button";
import { DeleteItemButton } from "./delete-item-button";
import { Field, inputClass } from "@/components/ui/field";
import { LightMarkdown } from "@/components/ui/light-markdown";
import { useActionForm } from "@/components/ui/use-action-form";

type Announcement = {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
  startsAt: string;
  endsAt: string;
  dismissals: number;
};

function AnnouncementForm({ item, onDone }: { item?: Announcement; onDone?: () => void }) {
  const t = useTranslations("support.announcements");
  const router = useRouter();
  const { pending, submit } = useActionForm();
  const key = item?.id ?? "new";
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const result = await submit(() =>
          saveAnnouncementAction(item?.id ?? null, {
            title: String(data.get("title") ?? ""),
            body: String(data.get("body") ?? ""),
            pinned: data.get("pinned") === "on",
            startsAt: String(data.get("startsAt") ?? ""),
            endsAt: String(data.get("endsAt") ?? ""),
          }),
        );
        if (!result.ok) return void toast.error(result.error);
        toast.success(t("saved"));
        if (!item) form.reset();
        onDone?.();
        router.refresh();
      }}
    >
      <Field label={t("name")} name="title" defaultValue={item?.title} maxLength={120} required />
      <div>
        <label htmlFor={`ann-body-${key}`} className="mb-1 block text-sm font-medium text-slate-700">
          {t("body")}
        </label>
        <textarea
          id={`ann-body-${key}`}
          name="body"
          defaultValue={item?.body}
          rows={5}
          maxLength={5000}
          className={inputClass}
        />
        <p className="mt-1 text-xs text-slate-500">{t("bodyHint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("startsAt")} name="startsAt" type="date" defaultValue={item?.startsAt} />
        <Field label={t("endsAt")} name="endsAt" type="date" defaultValue={item?.endsAt} />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="pinned" defaultChecked={item?.pinned} className="size-4" /> {t("pinned")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        {item && (
          <Button type="button" variant="ghost" onClick={onDone}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}

export function AnnouncementsEditor({ items }: { items: Announcement[] }) {
  const t = useTranslations("support.announcements");
  const [editing, setEditing] = useState<number>();
  const showWindow = ({ startsAt: from, endsAt: until }: Announcement) =>
    from && until
      ? t("windowBetween", { from, until })
      : from
        ? t("windowFrom", { from })
        : until
          ? t("windowUntil", { until })
          : t("windowAlways");
  return (
    <div className="space-y-6">
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("new")}</h2>
        <AnnouncementForm />
      </section>
      {items.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
      <ul className="space-y-3">
        {items.map((a) => (
          <li
            key={a.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="admin-announcement"
          >
            {editing === a.id ? (
              <AnnouncementForm item={a} onDone={() => setEditing(undefined)} />
            ) : (
              <>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium text-slate-900">
                    {a.title}
                    {a.pinned && (
                      <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">
                        {t("pinnedBadge")}
                      </span>
                    )}
                  </h3>
                  <div className="flex gap-2">
                    <Button variant="ghost" onClick={() => setEditing(a.id)}>
                      {t("edit")}
                    </Button>
                    <DeleteItemButton
                      section="announcements"
                      name={a.title}
                      remove={() => deleteAnnouncementAction(a.id)}
                    />
                  </div>
                </div>
                <p className="mt-1 text-xs text-slate-500">
                  {showWindow(a)} · {t("dismissals", { count: a.dismissals })}
                </p>
                <LightMarkdown text={a.body} className="mt-2 space-y-2 text-sm text-slate-700" />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
