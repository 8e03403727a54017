"use client";
// The running announcements on the new-order page; "Dismiss" hides one for good for this customer.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { dismissAnnouncementAction } from "@/lib/actions/customer/announcements";
import { LightMarkdown } from "@/components/ui/light-markdown";

type Announcement = { id: number; title: string; body: string; pinned: boolean };

export function AnnouncementsBanner({ announcements }: { announcements: Announcement[] }) {
  const t = useTranslations("support.announcements");
  const [hidden, setHidden] = useState<number[]>([]);
  const shown = announcements.filter((a) => !hidden.includes(a.id));
  if (shown.length === 0) return null;

  async function dismiss(id: number) {
    setHidden((h) => [...h, id]);
    const result = await dismissAnnouncementAction(id);
    if (!result.ok) {
      setHidden((h) => h.filter((x) => x !== id));
      toast.error(result.error);
    }
  }

  return (
    <div className="mb-6 space-y-3" role="region" aria-label={t("title")}>
      {shown.map((a) => (
        <section
          key={a.id}
          className="rounded-lg border border-brand-100 bg-brand-50 p-4"
          data-testid="announcement"
        >
          <div className="flex items-start justify-between gap-3">
            <h2 className="font-semibold text-slate-900">
              {a.title}
              {a.pinned && (
                <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">
                  {t("pinnedBadge")}
                </span>
              )}
            </h2>
            <button
              type="button"
              onClick={() => dismiss(a.id)}
              className="shrink-0 rounded px-2 py-1 text-sm text-slate-600 hover:bg-white hover:text-slate-900"
            >
              {t("dismiss")}
            </button>
          </div>
          <LightMarkdown text={a.body} className="mt-2 space-y-2 text-sm leading-relaxed text-slate-700" />
        </section>
      ))}
    </div>
  );
}
