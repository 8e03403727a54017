// Every mail has a text and an HTML version built from the same parts: paragraphs and an
// optional button. Texts come from messages/<locale>/mail.json; the HTML escapes every value.
import { createTranslator } from "next-intl";
import en from "../../messages/en/mail.json";
import vi from "../../messages/vi/mail.json";

export type MailLocale = "en" | "vi";
export type RenderedMail = { subject: string; text: string; html: string };
export type MailParts = {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
};

const messages = { en, vi } as const;

export function mailTranslator(locale: MailLocale) {
  return createTranslator({ locale, messages: { mail: messages[locale] ?? en }, namespace: "mail" });
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

export function renderMail(parts: MailParts, locale: MailLocale, panel: string): RenderedMail {
  const t = mailTranslator(locale);
  const greeting = t("greeting");
  const signature = t("signature", { panel });
  const text = [
    greeting,
    ...parts.paragraphs,
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    signature,
    ...(parts.footer ? [`--\n${parts.footer}`] : []),
  ].join("\n\n");

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const button = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(parts.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:12px;color:#64748b">${escapeHtml(t("buttonFallback"))}<br>${escapeHtml(parts.action.url)}</p>`
    : "";
  const html =
    `<!doctype html><html lang="${locale}"><body style="margin:0;background:#f1f5f9;padding:24px;font-family:Arial,Helvetica,sans-serif;color:#0f172a;font-size:15px;line-height:1.5">` +
    `<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">` +
    `<p style="margin:0 0 16px;font-weight:600">${escapeHtml(panel)}</p>` +
    p(greeting) +
    parts.paragraphs.map(p).join("") +
    button +
    p(signature) +
    (parts.footer
      ? `<p style="margin:16px 0 0;font-size:12px;color:#64748b">${escapeHtml(parts.footer)}</p>`
      : "") +
    `</div></body></html>`;
  return { subject: parts.subject, text, html };
}
