"use client";
// The admin's tools on one ticket: a reply (saved replies insert their text; the status after
// it), assignment and a status change. Each is one audited server action.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  assignTicketAction,
  replyTicketAsStaffAction,
  setTicketStatusAction,
} from "@/lib/actions/admin/tickets";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { TICKET_STATUSES } from "@/lib/tickets/ticket-input";

type Result = { ok: true } | { ok: false; error: string };
const label = "mb-1 block text-sm font-medium text-slate-700";
const REPLY_STATUSES = ["ANSWERED", "AWAITING_CUSTOMER", "CLOSED"] as const;

function useRun() {
  const router = useRouter();
  const [busy, setBusy] = useState<string>();
  async function run(name: string, action: () => Promise<Result>, done: string, after?: () => void) {
    setBusy(name);
    const result = await action();
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(done);
    after?.();
    router.refresh();
  }
  return { busy, run };
}

export function StaffReplyForm({
  ticketId,
  savedReplies,
}: {
  ticketId: number;
  savedReplies: Array<{ id: number; title: string; body: string }>;
}) {
  const t = useTranslations("support");
  const { busy, run } = useRun();
  const [body, setBody] = useState("");
  const [status, setStatus] = useState<(typeof REPLY_STATUSES)[number]>("ANSWERED");
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          "reply",
          () => replyTicketAsStaffAction(ticketId, { body, status }),
          t("tickets.sent"),
          () => setBody(""),
        );
      }}
    >
      {savedReplies.length > 0 && (
        <div>
          <label htmlFor="saved-reply" className={label}>
            {t("inbox.insertSaved")}
          </label>
          <select
            id="saved-reply"
            className={inputClass}
            value=""
            onChange={(e) => {
              const reply = savedReplies.find((r) => String(r.id) === e.target.value);
              if (reply) setBody((b) => (b.trim() ? `${b.trimEnd()}\n\n${reply.body}` : reply.body));
            }}
          >
            <option value="">—</option>
            {savedReplies.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <label htmlFor="staff-reply" className={label}>
        {t("tickets.reply")}
      </label>
      <textarea
        id="staff-reply"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={6}
        maxLength={5000}
        className={inputClass}
      />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="reply-status" className={label}>
            {t("inbox.replyAs")}
          </label>
          <select
            id="reply-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
            className={inputClass}
          >
            {REPLY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`adminStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" loading={busy === "reply"} disabled={body.trim().length < 2}>
          {t("tickets.send")}
        </Button>
      </div>
    </form>
  );
}

export function TicketAdminControls({
  ticketId,
  assigneeId,
  status,
  admins,
}: {
  ticketId: number;
  assigneeId: number | null;
  status: string;
  admins: Array<{ id: number; email: string }>;
}) {
  const t = useTranslations("support.inbox");
  const ts = useTranslations("support.adminStatus");
  const { busy, run } = useRun();
  return (
    <div className="space-y-4 text-sm">
      <div>
        <label htmlFor="ticket-assignee" className={label}>
          {t("assign")}
        </label>
        <select
          id="ticket-assignee"
          // Keyed by the saved value, so the select shows it again after the page refreshes.
          key={assigneeId ?? "none"}
          defaultValue={assigneeId ?? ""}
          disabled={busy === "assign"}
          className={inputClass}
          onChange={(e) =>
            run(
              "assign",
              () => assignTicketAction(ticketId, e.target.value ? Number(e.target.value) : null),
              t("assigned"),
            )
          }
        >
          <option value="">{t("nobody")}</option>
          {admins.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ticket-status" className={label}>
          {t("setStatus")}
        </label>
        <select
          id="ticket-status"
          key={status}
          defaultValue={status}
          disabled={busy === "status"}
          className={inputClass}
          onChange={(e) =>
            run("status", () => setTicketStatusAction(ticketId, e.target.value), t("statusSaved"))
          }
        >
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
