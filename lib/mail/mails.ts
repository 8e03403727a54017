// The panel's mails, one function each: look up the recipient, render in their language and
// queue in the caller's transaction. Payments call queueDepositCreditedMail where a deposit is
// credited; the others are called by their own domains.
import { db, OrderStatus, type Tx } from "../db";
import { env } from "../env.mjs";
import { formatCurrency } from "../format";
import { getSettings } from "../settings/settings";
import { queueMail } from "./outbox";
import { mailTranslator, renderMail, type MailLocale } from "./render";

/** An absolute link into the panel, for mails. */
export function panelUrl(path: string): string {
  return `${(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "")}${path}`;
}

async function recipient(tx: Tx, userId: number): Promise<{ email: string; locale: MailLocale }> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true },
  });
  // The account's language; English when the user never chose one.
  return { email: user.email, locale: user.locale === "vi" ? "vi" : "en" };
}

export async function queuePasswordResetMail(userId: number, token: string, tx: Tx = db) {
  const to = await recipient(tx, userId);
  const { panelName: panel } = await getSettings(tx);
  const t = mailTranslator(to.locale);
  const mail = renderMail(
    {
      subject: t("passwordReset.subject", { panel }),
      paragraphs: [t("passwordReset.intro", { panel }), t("passwordReset.expiry")],
      action: { label: t("passwordReset.action"), url: panelUrl(`/reset-password?token=${token}`) },
    },
    to.locale,
    panel,
  );
  return queueMail({ to: to.email, kind: "password_reset", mail }, tx);
}

export async function queueVerifyEmailMail(userId: number, token: string, tx: Tx = db) {
  const to = await recipient(tx, userId);
  const { panelName: panel } = await getSettings(tx);
  const t = mailTranslator(to.locale);
  const mail = renderMail(
    {
      subject: t("verifyEmail.subject", { panel }),
      paragraphs: [t("verifyEmail.intro", { panel }), t("verifyEmail.expiry")],
      action: { label: t("verifyEmail.action"), url: panelUrl(`/verify-email?token=${token}`) },
    },
    to.locale,
    panel,
  );
  return queueMail({ to: to.email, kind: "verify_email", mail }, tx);
}

/**
 * "Deposit credited": call it in the transaction that credits the deposit. `key` names the
 * credit (e.g. the ledger idempotency key) so a repeated call queues one mail.
 */
export async function queueDepositCreditedMail(
  input: { userId: number; amount: bigint; balanceAfter: bigint; key: string },
  tx: Tx = db,
) {
  const to = await recipient(tx, input.userId);
  const settings = await getSettings(tx);
  const panel = settings.panelName;
  const t = mailTranslator(to.locale);
  const amount = formatCurrency(input.amount, settings, to.locale);
  const mail = renderMail(
    {
      subject: t("deposit.subject", { amount, panel }),
      paragraphs: [
        t("deposit.intro", { amount }),
        t("deposit.balance", { balance: formatCurrency(input.balanceAfter, settings, to.locale) }),
      ],
      action: { label: t("deposit.action"), url: panelUrl("/transactions") },
    },
    to.locale,
    panel,
  );
  return queueMail({ to: to.email, kind: "deposit", mail, dedupeKey: `deposit:${input.key}` }, tx);
}

export async function queueTicketAnsweredMail(input: { ticketId: number; messageId: number }, tx: Tx = db) {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: input.ticketId },
    select: { userId: true, subject: true },
  });
  const to = await recipient(tx, ticket.userId);
  const { panelName: panel } = await getSettings(tx);
  const t = mailTranslator(to.locale);
  const vars = { id: input.ticketId, title: ticket.subject };
  const mail = renderMail(
    {
      subject: t("ticketAnswer.subject", vars),
      paragraphs: [t("ticketAnswer.intro", vars)],
      action: { label: t("ticketAnswer.action"), url: panelUrl(`/tickets/${input.ticketId}`) },
    },
    to.locale,
    panel,
  );
  return queueMail(
    { to: to.email, kind: "ticket_answer", mail, dedupeKey: `ticket-message:${input.messageId}` },
    tx,
  );
}

/** Order ended Canceled or Partial: a mail when the customer turned these on. */
export async function queueOrderFinalMail(orderId: number, tx: Tx = db) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      quantity: true,
      remains: true,
      refunded: true,
      userId: true,
      user: { select: { orderMails: true } },
      service: { select: { name: true } },
    },
  });
  if (
    !order.user.orderMails ||
    (order.status !== OrderStatus.CANCELED && order.status !== OrderStatus.PARTIAL)
  )
    return null;
  const to = await recipient(tx, order.userId);
  const settings = await getSettings(tx);
  const panel = settings.panelName;
  const t = mailTranslator(to.locale);
  const vars = {
    id: orderId,
    service: order.service.name,
    refund: formatCurrency(order.refunded, settings, to.locale),
    remains: order.remains ?? 0,
    quantity: order.quantity,
  };
  const canceled = order.status === OrderStatus.CANCELED;
  const mail = renderMail(
    {
      subject: t(canceled ? "orderFinal.subjectCanceled" : "orderFinal.subjectPartial", vars),
      paragraphs: [t(canceled ? "orderFinal.canceled" : "orderFinal.partial", vars)],
      action: { label: t("orderFinal.action"), url: panelUrl(`/orders?q=${orderId}`) },
      footer: t("orderFinal.optOut"),
    },
    to.locale,
    panel,
  );
  return queueMail({ to: to.email, kind: "order_final", mail, dedupeKey: `order-final:${orderId}` }, tx);
}
