// How a mail leaves the panel: nodemailer over SMTP_URL, or, with no SMTP configured, an .eml
// file in DATA_DIR/mail (logged), so the embedded install works without a mail server.
import { mkdir, writeFile } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { dataDir, env } from "../env.mjs";
import { resolveOutbound } from "../http/outbound-url";
import { log } from "../log";

export type OutgoingMail = { id: number; to: string; subject: string; text: string; html: string };

export type MailTransport = { send(mail: OutgoingMail): Promise<void>; close(): void };

const headers = (mail: OutgoingMail) => ({
  from: env.MAIL_FROM,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
});

const CONNECT_TIMEOUT_MS = 15_000;

/**
 * nodemailer's socket hook: the SMTP host goes through the outbound-URL rule (lib/http/outbound-url.ts)
 * and the socket connects to the address that was checked; nodemailer keeps the host name for
 * TLS. SMTP_URL comes from the owner's environment, so a relay on this machine or the LAN is
 * allowed; reserved addresses and unresolvable hosts are refused before any connection.
 */
function checkedSocket(
  options: { host?: string; port?: number },
  callback: (error: Error | null, socket?: { connection: Socket }) => void,
) {
  resolveOutbound(options.host ?? "localhost", { allowPrivate: true }).then(
    ([target]) => {
      const socket = connect({ host: target.address, port: options.port ?? 25, family: target.family });
      const timer = setTimeout(
        () => socket.destroy(new Error("SMTP connection timed out")),
        CONNECT_TIMEOUT_MS,
      );
      const failed = (error: Error) => {
        clearTimeout(timer);
        callback(error);
      };
      socket.once("error", failed);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.off("error", failed); // nodemailer handles the connection's errors from here on
        callback(null, { connection: socket });
      });
    },
    (error: Error) => callback(error),
  );
}

export function smtpTransport(url: string): MailTransport {
  // The transport object itself: nodemailer.createTransport drops every option but the URL's.
  const transporter = nodemailer.createTransport(
    new SMTPTransport({
      url,
      getSocket: checkedSocket,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    }),
  );
  return {
    async send(mail) {
      await transporter.sendMail(headers(mail));
    },
    close: () => transporter.close(),
  };
}

export function fileTransport(folder = path.join(dataDir, "mail")): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transporter.sendMail(headers(mail));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.id}.eml`);
      // The file may hold a password-reset link: readable by the panel's user only.
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      log.info("mail written to file (no SMTP_URL)", { mailId: mail.id, file });
    },
    close: () => transporter.close(),
  };
}

/** The transport the settings call for: SMTP when SMTP_URL is set, else files. */
export function createMailTransport(): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport();
}

/** SMTP 5xx: the server refuses for good (unknown mailbox, rejected sender); retrying is pointless. */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
