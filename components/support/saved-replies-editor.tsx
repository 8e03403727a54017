"use client";
// Saved replies: add, edit in place, delete. Each change is an audited server action.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { deleteSavedReplyAction, saveSavedReplyAction } from "@/lib/actions/admin/tickets";
import { Button } from "@/components/ui/button";
import { DeleteItemButton } from "./delete-item-button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type Reply = { id: number; title: string; body: string };

function ReplyForm({ reply, onDone }: { reply?: Reply; onDone?: () => void }) {
  const t = useTranslations("support.saved");
  const router = useRouter();
  const { pending, submit } = useActionForm();
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const result = await submit(() =>
          saveSavedReplyAction(reply?.id ?? null, {
            title: String(data.get("title") ?? ""),
            body: String(data.get("body") ?? ""),
          }),
        );
        if (!result.ok) return void toast.error(result.error);
        toast.success(t("saved"));
        if (!reply) form.reset();
        onDone?.();
        router.refresh();
      }}
    >
      <Field label={t("name")} name="title" defaultValue={reply?.title} maxLength={80} required />
      <div>
        <label
          htmlFor={`reply-body-${reply?.id ?? "new"}`}
          className="mb-1 block text-sm font-medium text-slate-700"
        >
          {t("body")}
        </label>
        <textarea
          id={`reply-body-${reply?.id ?? "new"}`}
          name="body"
          defaultValue={reply?.body}
          rows={4}
          maxLength={5000}
          className={inputClass}
        />
      </div>
      <Button type="submit" loading={pending}>
        {reply ? t("save") : t("add")}
      </Button>
    </form>
  );
}

export function SavedRepliesEditor({ replies }: { replies: Reply[] }) {
  const t = useTranslations("support.saved");
  const [editing, setEditing] = useState<number>();
  return (
    <div className="space-y-6">
      {replies.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
      <ul className="space-y-3">
        {replies.map((r) => (
          <li
            key={r.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="saved-reply"
          >
            {editing === r.id ? (
              <ReplyForm reply={r} onDone={() => setEditing(undefined)} />
            ) : (
              <>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium text-slate-900">{r.title}</h3>
                  <div className="flex gap-2">
                    <Button variant="ghost" onClick={() => setEditing(r.id)}>
                      {t("edit")}
                    </Button>
                    <DeleteItemButton
                      section="saved"
                      name={r.title}
                      remove={() => deleteSavedReplyAction(r.id)}
                    />
                  </div>
                </div>
                <p className="mt-2 whitespace-pre-wrap text-sm text-slate-700">{r.body}</p>
              </>
            )}
          </li>
        ))}
      </ul>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <ReplyForm />
      </section>
    </div>
  );
}
