"use client";
// The customer's ticket forms: open a ticket (subject, kind, order ids, message), reply, close
// and reopen. Each calls one server action and reports by toast.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  closeTicketAction,
  openTicketAction,
  reopenTicketAction,
  replyTicketAction,
} from "@/lib/actions/customer/tickets";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { TICKET_KINDS } from "@/lib/tickets/ticket-input";

const label = "mb-1 block text-sm font-medium text-slate-700";

export function NewTicketForm({ orderIds, kind }: { orderIds: string; kind: (typeof TICKET_KINDS)[number] }) {
  const t = useTranslations("support");
  const router = useRouter();
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      openTicketAction({
        subject: String(form.get("subject") ?? ""),
        kind: String(form.get("kind")) as (typeof TICKET_KINDS)[number],
        orderIds: String(form.get("orderIds") ?? ""),
        message: String(form.get("message") ?? ""),
      }),
    );
    if (!result.ok) return;
    toast.success(t("tickets.opened"));
    router.push(`/tickets/${result.data.id}`);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      {error && !["subject", "orderIds", "message"].includes(error.field ?? "") && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <Field
        label={t("tickets.subject")}
        name="subject"
        maxLength={120}
        required
        error={fieldError("subject")}
      />
      <div>
        <label htmlFor="ticket-kind" className={label}>
          {t("tickets.kind")}
        </label>
        <select id="ticket-kind" name="kind" defaultValue={kind} className={inputClass}>
          {TICKET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t("tickets.orders")}
        name="orderIds"
        defaultValue={orderIds}
        inputMode="numeric"
        hint={t("tickets.ordersHint")}
        error={fieldError("orderIds")}
      />
      <div>
        <label htmlFor="ticket-message" className={label}>
          {t("tickets.message")}
        </label>
        <textarea
          id="ticket-message"
          name="message"
          rows={6}
          maxLength={5000}
          required
          className={inputClass}
          aria-invalid={error?.field === "message" || undefined}
        />
        {fieldError("message") && (
          <p className="mt-1 text-sm text-red-600" role="alert">
            {fieldError("message")}
          </p>
        )}
      </div>
      <Button type="submit" loading={pending}>
        {t("tickets.submit")}
      </Button>
    </form>
  );
}

export function CustomerTicketActions({ ticketId, closed }: { ticketId: number; closed: boolean }) {
  const t = useTranslations("support.tickets");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState<string>();

  async function run(
    name: string,
    action: () => Promise<{ ok: true } | { ok: false; error: string }>,
    done: string,
  ) {
    setBusy(name);
    const result = await action();
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(done);
    if (name === "reply") setBody("");
    router.refresh();
  }

  if (closed) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <p>{t("closedNote")}</p>
        <Button
          variant="secondary"
          loading={busy === "reopen"}
          onClick={() => run("reopen", () => reopenTicketAction(ticketId), t("reopened"))}
        >
          {t("reopen")}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run("reply", () => replyTicketAction(ticketId, body), t("sent"));
      }}
    >
      <label htmlFor="ticket-reply" className={label}>
        {t("reply")}
      </label>
      <textarea
        id="ticket-reply"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={4}
        maxLength={5000}
        className={inputClass}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={busy === "reply"} disabled={body.trim().length < 2}>
          {t("send")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          loading={busy === "close"}
          onClick={() => run("close", () => closeTicketAction(ticketId), t("closed"))}
        >
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
